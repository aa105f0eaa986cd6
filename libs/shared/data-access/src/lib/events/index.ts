export * from './event-delivery';
export * from './event-handler.registry';
export * from './apply-event-once';
export * from './outbox-relay';
export * from './outbox-relay.module';
export * from './event-consumer.module';

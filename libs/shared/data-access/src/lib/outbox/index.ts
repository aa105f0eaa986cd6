export * from './inbox-event.entity';
export * from './outbox-event.entity';
export * from './outbox-tables.migration-helper';
export * from './outbox.writer';

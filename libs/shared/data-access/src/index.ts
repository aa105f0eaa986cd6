export * from './lib/database/service-datasource';
export * from './lib/database/snake-naming.strategy';
export * from './lib/database/run-migrations';
export * from './lib/outbox/outbox-event.entity';
export * from './lib/outbox/inbox-event.entity';
export * from './lib/outbox/outbox-tables.migration-helper';
export * from './lib/outbox/outbox.writer';
export * from './lib/events';

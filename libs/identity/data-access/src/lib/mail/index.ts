export * from './mail-outbox.entity';
export * from './mail-outbox.repository';

export * from './pending-confirmation.entity';
export * from './pending-confirmation.repository';
export * from './pending-confirmation-table.migration-helper';
export * from './confirmation-gate';
export * from './confirmation.module';

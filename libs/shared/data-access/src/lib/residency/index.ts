export * from './resident-record';
export * from './resident.entity';
export * from './resident.repository';
export * from './resident-table.migration-helper';
export * from './residency-read-model.module';

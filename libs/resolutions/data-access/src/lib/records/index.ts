// The records area: public reads, merging and lineage, implementation reports.
export * from './implementation-report.entity';
export * from './resolution-filter';
export * from './resolution-records.repository';
export * from './resolution-lineage.repository';
export * from './implementation-report.repository';

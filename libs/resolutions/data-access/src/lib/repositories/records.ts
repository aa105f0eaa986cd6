// Repositories of the records area: public reads, merging and lineage, implementation reports.
export * from './records/resolution-filter';
export * from './records/resolution-records.repository';
export * from './records/resolution-lineage.repository';
export * from './records/implementation-report.repository';

// The workflow area: the audit log, pipeline versions, and moving resolutions along.
export * from './audit-entry.entity';
export * from './pipeline-version.entity';
export * from './audit-log.repository';
export * from './pipeline-version.repository';
export * from './resolution-workflow.repository';

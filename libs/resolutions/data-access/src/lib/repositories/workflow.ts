// Repositories of the workflow area: the audit log, pipeline versions, and moving resolutions along.
export * from './workflow/audit-log.repository';
export * from './workflow/pipeline-version.repository';
export * from './workflow/resolution-workflow.repository';

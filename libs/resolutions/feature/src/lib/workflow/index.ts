// Pipelines, moving resolutions along them, and the audit log.
export { AuditLogService, type AuditActor, type AuditAppend } from './audit-log.service';
export { PipelineService, type PublishedPipeline } from './pipeline.service';
export {
  TransitionResolutionService,
  type TransitionOptions,
  type TransitionRequest,
  type WorkflowActor,
  type WorkflowStep,
  type WorkflowStepRequest,
} from './transition-resolution.service';
export { RecordedVoteInput } from './transition.input';
export { concurrentChange } from './workflow-errors';
export { WorkflowModule, workflowProviders, workflowResolvers } from './workflow.module';

import type { Provider } from '@nestjs/common';
import { AuditLogRepository, PipelineVersionRepository, ResolutionLookupRepository, ResolutionWorkflowRepository } from '@civic/resolutions-data-access';
import { AuditLogResolver } from './audit-log.resolver';
import { AuditLogService } from './audit-log.service';
import { AvailableTransitionsService } from './available-transitions.service';
import { BulkTransitionService } from './bulk-transition.service';
import { PipelineResolver } from './pipeline.resolver';
import { PipelineService } from './pipeline.service';
import { ResolutionFactsService } from './resolution-facts.service';
import { ResolutionTransitionsResolver } from './resolution-transitions.resolver';
import { TransitionResolutionService } from './transition-resolution.service';
import { WorkflowResolver } from './workflow.resolver';

export { AuditLogService, type AuditActor, type AuditAppend } from './audit-log.service';
export { PipelineService, type PublishedPipeline } from './pipeline.service';
export { StageDeadlineScheduler, type StageDeadlineJob } from './stage-deadline-scheduler';
export {
  TransitionResolutionService,
  type TransitionOptions,
  type TransitionRequest,
  type WorkflowActor,
  type WorkflowStep,
  type WorkflowStepRequest,
} from './transition-resolution.service';

// The workflow area's providers and resolvers, composed by ResolutionsFeatureModule.
// StageDeadlineScheduler's implementation is provided by the deadlines area.
// ResolutionLookupRepository (resolutions by id) serves every area.
export const workflowProviders: Provider[] = [
  ResolutionLookupRepository,
  AuditLogRepository,
  PipelineVersionRepository,
  ResolutionWorkflowRepository,
  AuditLogService,
  PipelineService,
  ResolutionFactsService,
  TransitionResolutionService,
  BulkTransitionService,
  AvailableTransitionsService,
];
export const workflowResolvers: Provider[] = [AuditLogResolver, PipelineResolver, WorkflowResolver, ResolutionTransitionsResolver];

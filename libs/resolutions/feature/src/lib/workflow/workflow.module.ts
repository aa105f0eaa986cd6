import { Module } from '@nestjs/common';
import { BodyMembershipReadModelModule, ConfirmationGate, PendingConfirmationRepository } from '@civic/data-access';
import { AuditLogRepository, PipelineVersionRepository, ResolutionWorkflowRepository } from '@civic/resolutions-data-access';
import { DeadlineQueueModule } from '../deadline-queue';
import { ResolutionsModule } from '../resolutions';
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

/** The workflow's repositories and use cases (the demo seed composes them without Redis, hence the list). */
export const workflowProviders = [
  AuditLogRepository,
  PipelineVersionRepository,
  ResolutionWorkflowRepository,
  AuditLogService,
  PipelineService,
  ResolutionFactsService,
  TransitionResolutionService,
  BulkTransitionService,
  AvailableTransitionsService,
  PendingConfirmationRepository,
  ConfirmationGate,
];

/** The workflow's resolvers (tools/schema prints them). */
export const workflowResolvers = [AuditLogResolver, PipelineResolver, WorkflowResolver, ResolutionTransitionsResolver];

/**
 * Pipelines, moving resolutions along them, and the audit log. Body memberships
 * (assemblies' events) decide who may take a committee's or the council's transition.
 */
@Module({
  imports: [ResolutionsModule, DeadlineQueueModule, BodyMembershipReadModelModule],
  providers: [...workflowProviders, ...workflowResolvers],
  exports: [ResolutionWorkflowRepository, AuditLogService, PipelineService, TransitionResolutionService],
})
export class WorkflowModule {}

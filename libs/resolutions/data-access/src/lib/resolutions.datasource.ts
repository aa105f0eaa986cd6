import type { DataSourceOptions } from 'typeorm';
import {
  BodyMemberEntity,
  InboxEventEntity,
  OutboxEventEntity,
  PendingConfirmationEntity,
  ResidentEntity,
  serviceDataSourceOptions,
  type ServicePrivileges,
} from '@civic/data-access';
import { CreateOutbox1795219200000 } from '../migrations/1795219200000-CreateOutbox';
import { CreateResolutionPipeline1795219300000 } from '../migrations/1795219300000-CreateResolutionPipeline';
import { DeclarePipelineAutomation1795219430000 } from '../migrations/1795219430000-DeclarePipelineAutomation';
import { AddResidentDisplayName1795219440100 } from '../migrations/1795219440100-AddResidentDisplayName';
import { CreatePendingConfirmation1795219495000 } from '../migrations/1795219495000-CreatePendingConfirmation';
import { ResolutionCommentEntity } from './comments';
import { CountyResultEntity, DeclaredConflictEntity, StatewideResultEntity } from './events';
import { ImplementationReportEntity } from './records';
import { ResolutionEntity, ResolutionTransitionEntity, ResolutionVersionEntity } from './resolutions';
import { CycleConfigurationEntity } from './submission';
import { AuditEntryEntity, PipelineVersionEntity } from './workflow';

export const RESOLUTIONS_SCHEMA = 'resolutions';

export const RESOLUTIONS_ENTITIES = [
  OutboxEventEntity,
  InboxEventEntity,
  ResidentEntity,
  CycleConfigurationEntity,
  PipelineVersionEntity,
  ResolutionEntity,
  ResolutionVersionEntity,
  ResolutionTransitionEntity,
  CountyResultEntity,
  StatewideResultEntity,
  BodyMemberEntity,
  DeclaredConflictEntity,
  ResolutionCommentEntity,
  ImplementationReportEntity,
  AuditEntryEntity,
  PendingConfirmationEntity,
];

/** Used by the resolutions app and by the migration CLI alike. */
export function resolutionsDataSourceOptions(databaseUrl: string): DataSourceOptions {
  return serviceDataSourceOptions(databaseUrl, {
    schema: RESOLUTIONS_SCHEMA,
    entities: RESOLUTIONS_ENTITIES,
    migrations: [
      CreateOutbox1795219200000,
      CreateResolutionPipeline1795219300000,
      DeclarePipelineAutomation1795219430000,
      AddResidentDisplayName1795219440100,
      CreatePendingConfirmation1795219495000,
    ],
  });
}

/**
 * What resolutions's database role may do in its schema (see @civic/data-access database-roles).
 * Append-only: The hash-chained audit log (its trigger refuses changes too) and every step a resolution took.
 */
export const resolutionsPrivileges: ServicePrivileges = { schema: RESOLUTIONS_SCHEMA, appendOnly: ['audit_entry', 'resolution_transition'] };

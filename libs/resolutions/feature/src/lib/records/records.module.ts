import { Module } from '@nestjs/common';
import { ImplementationReportRepository, ResolutionLineageRepository, ResolutionRecordsRepository } from '@civic/resolutions-data-access';
import { DeadlineQueueModule } from '../deadline-queue';
import { ResolutionsModule } from '../resolutions';
import { WorkflowModule } from '../workflow';
import { FileImplementationReportService } from './file-implementation-report.service';
import { ImplementationReportResolver } from './implementation-report.resolver';
import { MergeResolutionsService } from './merge-resolutions.service';
import { ResolutionFieldsResolver } from './resolution-fields.resolver';
import { ResolutionMergeResolver } from './resolution-merge.resolver';
import { ResolutionProvenanceService } from './resolution-provenance.service';
import { ResolutionQueueService } from './resolution-queue.service';
import { ResolutionReader } from './resolution-reader.service';
import { ResolutionRecordsResolver } from './resolution-records.resolver';
import { StaffConsoleResolver } from './staff-console.resolver';
import { TransitionStepsService } from './transition-steps.service';

/** The records area's repositories and use cases (the demo seed composes them too, hence the list). */
export const recordsProviders = [
  ResolutionRecordsRepository,
  ResolutionLineageRepository,
  ImplementationReportRepository,
  TransitionStepsService,
  ResolutionReader,
  ResolutionProvenanceService,
  MergeResolutionsService,
  FileImplementationReportService,
  ResolutionQueueService,
];

/** The records area's resolvers (tools/schema prints them). */
export const recordsResolvers = [
  ResolutionRecordsResolver,
  ResolutionFieldsResolver,
  ResolutionMergeResolver,
  ImplementationReportResolver,
  StaffConsoleResolver,
];

/** The public record: reading and listing resolutions, their provenance, merging, implementation reports, the staff queue. */
@Module({
  imports: [ResolutionsModule, WorkflowModule, DeadlineQueueModule],
  providers: [...recordsProviders, ...recordsResolvers],
})
export class RecordsModule {}

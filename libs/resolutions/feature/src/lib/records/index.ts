import type { Provider } from '@nestjs/common';
import {
  ImplementationReportRepository,
  ResolutionLineageRepository,
  ResolutionRecordsRepository,
} from '@civic/resolutions-data-access';
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

// The records area's providers and resolvers, composed by ResolutionsFeatureModule.
export const recordsProviders: Provider[] = [
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
export const recordsResolvers: Provider[] = [
  ResolutionRecordsResolver,
  ResolutionFieldsResolver,
  ResolutionMergeResolver,
  ImplementationReportResolver,
  StaffConsoleResolver,
];

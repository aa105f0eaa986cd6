import { Module } from '@nestjs/common';
import { ResidencyReadModelModule } from '@civic/data-access';
import { CycleConfigurationRepository, SubmissionRepository } from '@civic/resolutions-data-access';
import { ResolutionsModule } from '../resolutions';
import { WorkflowModule } from '../workflow';
import { ConfigureResolutionCycleService } from './configure-resolution-cycle.service';
import { EditResolutionService } from './edit-resolution.service';
import { MyResolutionsService } from './my-resolutions.service';
import { ResolutionCycleReader } from './resolution-cycle-reader.service';
import { ResolutionCycleResolver } from './resolution-cycle.resolver';
import { ResolutionVersionsReader } from './resolution-versions-reader.service';
import { ResolutionVersionsResolver } from './resolution-versions.resolver';
import { SimilarResolutionsService } from './similar-resolutions.service';
import { SubmissionClock } from './submission-clock';
import { SubmissionResolver } from './submission.resolver';
import { SubmitResolutionService } from './submit-resolution.service';

/** Submission's repositories and use cases (the demo seed composes them with its own clock, hence the list). */
export const submissionProviders = [
  CycleConfigurationRepository,
  SubmissionRepository,
  SubmissionClock,
  ResolutionCycleReader,
  ConfigureResolutionCycleService,
  SimilarResolutionsService,
  SubmitResolutionService,
  MyResolutionsService,
  EditResolutionService,
  ResolutionVersionsReader,
];

/** Submission's resolvers (tools/schema prints them). */
export const submissionResolvers = [ResolutionCycleResolver, SubmissionResolver, ResolutionVersionsResolver];

/**
 * Congress-year cycles, submitting and editing resolutions, their text versions. The
 * residency read model (identity's events) tells who may submit and the author's county.
 */
@Module({
  imports: [ResolutionsModule, WorkflowModule, ResidencyReadModelModule],
  providers: [...submissionProviders, ...submissionResolvers],
  exports: [SubmissionRepository],
})
export class SubmissionModule {}

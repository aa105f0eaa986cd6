import type { Provider } from '@nestjs/common';
import { CycleConfigurationRepository, SubmissionRepository } from '@civic/resolutions-data-access';
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

export { configureWisconsinCycle, startOfLocalDay, wisconsinCycle, WISCONSIN_CYCLE_TIME_ZONE, type CycleSettings } from './wisconsin-cycle';
export { SubmissionClock } from './submission-clock';

// The submission area's providers and resolvers, composed by ResolutionsFeatureModule.
export const submissionProviders: Provider[] = [
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
export const submissionResolvers: Provider[] = [ResolutionCycleResolver, SubmissionResolver, ResolutionVersionsResolver];

import type { Provider } from '@nestjs/common';
import { StageDeadlineScheduler } from '../workflow/stage-deadline-scheduler';
import { BullStageDeadlineScheduler } from './bull-stage-deadline.scheduler';
import { DeadlineSweepService } from './deadline-sweep.service';
import { MissStageDeadlineService } from './miss-stage-deadline.service';
import { OverdueResolutionsService } from './overdue-resolutions.service';
import { ResolutionDeadlinesProcessor } from './resolution-deadlines.processor';
import { ResolutionRulesResolver } from './resolution-rules.resolver';
import { ResolutionRulesScheduler } from './resolution-rules.scheduler';
import { RollOverCycleService } from './roll-over-cycle.service';

// The deadlines area's providers and resolvers, composed by ResolutionsFeatureModule.
export const deadlinesProviders: Provider[] = [
  { provide: StageDeadlineScheduler, useClass: BullStageDeadlineScheduler },
  MissStageDeadlineService,
  DeadlineSweepService,
  RollOverCycleService,
  OverdueResolutionsService,
  ResolutionDeadlinesProcessor,
  ResolutionRulesScheduler,
];
export const deadlinesResolvers: Provider[] = [ResolutionRulesResolver];

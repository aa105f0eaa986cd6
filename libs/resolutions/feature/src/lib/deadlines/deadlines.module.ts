import { DynamicModule, Module } from '@nestjs/common';
import { DeadlineQueueModule } from '../deadline-queue';
import { EventsModule } from '../events';
import { RESOLUTIONS_FEATURE_OPTIONS, type ResolutionsFeatureOptions } from '../resolutions-feature.options';
import { ResolutionsModule } from '../resolutions';
import { WorkflowModule } from '../workflow';
import { DeadlineSweepService } from './deadline-sweep.service';
import { MissStageDeadlineService } from './miss-stage-deadline.service';
import { OverdueResolutionsService } from './overdue-resolutions.service';
import { ResolutionDeadlinesProcessor } from './resolution-deadlines.processor';
import { ResolutionRulesResolver } from './resolution-rules.resolver';
import { ResolutionRulesScheduler } from './resolution-rules.scheduler';
import { RollOverCycleService } from './roll-over-cycle.service';

/** The deadlines area's resolvers (tools/schema prints them). */
export const deadlinesResolvers = [ResolutionRulesResolver];

/**
 * The self-running rules: stage deadlines as they fall due, the overdue sweep and the yearly
 * carry-over, run from the service's own queue. Takes the feature's options (the sweep's
 * period, the carry-over's schedule), which only this area reads.
 */
@Module({})
export class DeadlinesModule {
  static register(options: ResolutionsFeatureOptions): DynamicModule {
    return {
      module: DeadlinesModule,
      imports: [ResolutionsModule, WorkflowModule, EventsModule, DeadlineQueueModule],
      providers: [
        { provide: RESOLUTIONS_FEATURE_OPTIONS, useValue: options },
        MissStageDeadlineService,
        DeadlineSweepService,
        RollOverCycleService,
        OverdueResolutionsService,
        ResolutionDeadlinesProcessor,
        ResolutionRulesScheduler,
        ...deadlinesResolvers,
      ],
    };
  }
}

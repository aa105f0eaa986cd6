import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger } from '@nestjs/common';
import { UnrecoverableError, type Job } from 'bullmq';
import { QueueName } from '@civic/contracts';
import { RESOLUTIONS_FEATURE_OPTIONS, type ResolutionsFeatureOptions } from '../resolutions-feature.options';
import { DeadlineSweepService } from './deadline-sweep.service';
import { MissStageDeadlineService } from './miss-stage-deadline.service';
import type { ResolutionDeadlineJobName, ResolutionDeadlineJobPayloads } from '../deadline-queue';
import { RollOverCycleService } from './roll-over-cycle.service';

/**
 * Runs the resolutions service's own jobs: stage deadlines, the overdue sweep, the yearly
 * carry-over. Each is idempotent, so BullMQ's retries and a job arriving twice are safe.
 */
@Processor(QueueName.resolutionDeadlines)
export class ResolutionDeadlinesProcessor extends WorkerHost {
  private readonly logger = new Logger('ResolutionDeadlinesProcessor');

  constructor(
    private readonly deadlines: MissStageDeadlineService,
    private readonly sweeps: DeadlineSweepService,
    private readonly rollOver: RollOverCycleService,
    @Inject(RESOLUTIONS_FEATURE_OPTIONS) private readonly options: ResolutionsFeatureOptions,
  ) {
    super();
  }

  async process(job: Job<unknown, unknown, string>): Promise<unknown> {
    const name = job.name as ResolutionDeadlineJobName;
    switch (name) {
      case 'stage-deadline': {
        const data = job.data as ResolutionDeadlineJobPayloads['stage-deadline'];
        return this.deadlines.process(data.resolutionId, data.transitionSequence);
      }
      case 'deadline-sweep': {
        const outcomes = await this.sweeps.sweep();
        return Object.fromEntries(outcomes);
      }
      case 'carry-over': {
        // The congress year that just ended, read at the scheduled time in the congress's zone.
        const fromYear = yearIn(new Date(job.timestamp + job.delay), this.options.carryOverTimeZone);
        const carried = await this.rollOver.rollOver({ kind: 'system', rule: 'carry-over' }, fromYear);
        return { fromYear, carriedOver: carried.map((resolution) => resolution.number) };
      }
      default:
        this.logger.error(`job "${job.name}" (${job.id}) has no handler`);
        throw new UnrecoverableError(`no handler for job "${job.name}"`);
    }
  }
}

function yearIn(at: Date, timeZone: string): number {
  return Number(new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric' }).format(at));
}

import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { QueueName } from '@civic/contracts';
import { errorMessage } from '@civic/data-access';
import { RESOLUTIONS_FEATURE_OPTIONS, type ResolutionsFeatureOptions } from '../resolutions-feature.options';
import { CARRY_OVER_JOB, DEADLINE_JOB_RETENTION, DEADLINE_JOB_RETRY, DEADLINE_SWEEP_JOB } from '../deadline-queue';

/**
 * Registers the repeating rules in Redis: the overdue sweep and the yearly carry-over.
 * `upsertJobScheduler` is idempotent, so every instance may call it at start-up, and a
 * changed period or cron replaces the old schedule.
 */
@Injectable()
export class ResolutionRulesScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger('ResolutionRulesScheduler');

  constructor(
    @InjectQueue(QueueName.resolutionDeadlines) private readonly queue: Queue,
    @Inject(RESOLUTIONS_FEATURE_OPTIONS) private readonly options: ResolutionsFeatureOptions,
  ) {}

  onApplicationBootstrap(): void {
    const opts = { ...DEADLINE_JOB_RETRY, ...DEADLINE_JOB_RETENTION };
    // Not awaited: a Redis that is down must not block start-up; BullMQ reconnects.
    this.queue
      .upsertJobScheduler(DEADLINE_SWEEP_JOB, { every: this.options.deadlineSweepMs }, { name: DEADLINE_SWEEP_JOB, data: {}, opts })
      .then(() => this.logger.log(`overdue sweep every ${this.options.deadlineSweepMs} ms`))
      .catch((error: unknown) => this.logger.error(`could not schedule the overdue sweep: ${errorMessage(error)}`));
    this.queue
      .upsertJobScheduler(CARRY_OVER_JOB, { pattern: this.options.carryOverCron, tz: this.options.carryOverTimeZone }, { name: CARRY_OVER_JOB, data: {}, opts })
      .then(() => this.logger.log(`carry-over at "${this.options.carryOverCron}" (${this.options.carryOverTimeZone})`))
      .catch((error: unknown) => this.logger.error(`could not schedule the carry-over: ${errorMessage(error)}`));
  }
}

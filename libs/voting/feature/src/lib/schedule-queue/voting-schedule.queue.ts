import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { QueueName } from '@civic/contracts';
import { errorMessage, withTimeout } from '@civic/data-access';
import { SCHEDULE_JOB_OPTIONS, SCHEDULE_SWEEP_EVERY_MS, type VotingScheduleJobName, type VotingScheduleJobPayloads } from './voting-schedule.jobs';

/**
 * The producer side of voting's schedule: a delayed job per scheduled instant (in Redis, so
 * a restart loses none) and the sweep behind them, which reads due windows from the
 * database, so an instant whose job was lost while Redis was down still fires. Questionnaire
 * windows and roll calls share it.
 */
@Injectable()
export class VotingScheduleQueue implements OnApplicationBootstrap {
  private readonly logger = new Logger('VotingSchedule');

  constructor(@InjectQueue(QueueName.votingSchedule) private readonly queue: Queue) {}

  onApplicationBootstrap(): void {
    // Not awaited: a Redis that is down must not block start-up. BullMQ runs the first sweep at once.
    void this.queue
      .upsertJobScheduler(
        'schedule-sweep',
        { every: SCHEDULE_SWEEP_EVERY_MS },
        { name: 'schedule-sweep', data: {}, opts: { removeOnComplete: 10, removeOnFail: 50 } },
      )
      .catch((error: unknown) => this.logger.warn(`schedule sweep not registered: ${errorMessage(error)}`));
  }

  /**
   * Queues the job for an instant, after the change that set it committed. Never throws: a
   * job that cannot be queued now (Redis down) is left to the sweep.
   */
  enqueue<N extends Exclude<VotingScheduleJobName, 'schedule-sweep'>>(
    name: N,
    data: VotingScheduleJobPayloads[N],
    jobId: string,
    at: Date,
    what: string,
  ): void {
    void withTimeout(
      this.queue.add(name, data, { jobId, delay: Math.max(0, at.getTime() - Date.now()), ...SCHEDULE_JOB_OPTIONS }),
      2_000,
      `queueing ${what}`,
    ).catch((error: unknown) => this.logger.warn(`${what} not queued; the sweep will catch it: ${errorMessage(error)}`));
  }
}

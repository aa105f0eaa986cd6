import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { QueueName } from '@civic/contracts';
import { errorMessage, withTimeout } from '@civic/data-access';
import { StageDeadlineScheduler, type StageDeadlineJob } from './stage-deadline-scheduler';
import {
  DEADLINE_JOB_RETENTION,
  DEADLINE_JOB_RETRY,
  SCHEDULE_TIMEOUT_MS,
  STAGE_DEADLINE_JOB,
  stageDeadlineJobId,
  type ResolutionDeadlineJobPayloads,
} from './resolution-deadlines.job';

/**
 * Stage deadlines as BullMQ delayed jobs: they live in Redis, so a restart loses none.
 * Scheduling never blocks or fails the transition that asked for it: with Redis down the
 * job is simply missing, and the deadline sweep (which reads `deadline_at` from the
 * database) flags the resolution all the same.
 */
@Injectable()
export class BullStageDeadlineScheduler extends StageDeadlineScheduler {
  private readonly logger = new Logger('StageDeadlineScheduler');

  constructor(@InjectQueue(QueueName.resolutionDeadlines) private readonly queue: Queue) {
    super();
  }

  schedule(job: StageDeadlineJob): void {
    void this.add(job).catch((error: unknown) => {
      this.logger.warn(
        `deadline of resolution ${job.resolutionId} (transition ${job.transitionSequence}) not queued; the sweep will catch it: ${errorMessage(error)}`,
      );
    });
  }

  private async add(job: StageDeadlineJob): Promise<void> {
    const data: ResolutionDeadlineJobPayloads['stage-deadline'] = {
      resolutionId: job.resolutionId,
      transitionSequence: job.transitionSequence,
      dueAt: job.dueAt.toISOString(),
    };
    await withTimeout(
      this.queue.add(STAGE_DEADLINE_JOB, data, {
        jobId: stageDeadlineJobId(job.resolutionId, job.transitionSequence),
        delay: Math.max(0, job.dueAt.getTime() - Date.now()),
        ...DEADLINE_JOB_RETRY,
        ...DEADLINE_JOB_RETENTION,
      }),
      SCHEDULE_TIMEOUT_MS,
      'queueing the deadline',
    );
  }
}

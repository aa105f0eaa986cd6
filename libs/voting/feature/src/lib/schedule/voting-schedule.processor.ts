import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { UnrecoverableError, type Job } from 'bullmq';
import { QueueName } from '@civic/contracts';
import { QuestionnaireRepository, RollCallScheduleRepository } from '@civic/voting-data-access';
import { QuestionnaireStatusService } from '../questionnaires';
import { ApplyRollCallScheduleService } from '../roll-calls';
import type { VotingScheduleJobName, VotingScheduleJobPayloads } from '../schedule-queue';

/**
 * Opens and closes questionnaires and roll calls on their scheduled times. Each job only
 * asks "is this one due?", so a rescheduled window's stale job, a retry, or the sweep
 * running beside a job change nothing twice.
 */
@Processor(QueueName.votingSchedule)
export class VotingScheduleProcessor extends WorkerHost {
  private readonly logger = new Logger('VotingSchedule');

  constructor(
    private readonly statuses: QuestionnaireStatusService,
    private readonly questionnaires: QuestionnaireRepository,
    private readonly rollCallSchedules: RollCallScheduleRepository,
    private readonly rollCalls: ApplyRollCallScheduleService,
  ) {
    super();
  }

  async process(job: Job<unknown, unknown, string>): Promise<unknown> {
    switch (job.name as VotingScheduleJobName) {
      case 'questionnaire-window': {
        const { year } = job.data as VotingScheduleJobPayloads['questionnaire-window'];
        return { year, applied: await this.apply(year) };
      }
      case 'roll-call-window': {
        const { scheduleId } = job.data as VotingScheduleJobPayloads['roll-call-window'];
        return { scheduleId, applied: await this.rollCalls.apply(scheduleId) };
      }
      case 'schedule-sweep': {
        const now = new Date();
        const applied: Record<string, string> = {};
        for (const year of await this.questionnaires.yearsWithPendingWindow(now)) {
          const action = await this.apply(year);
          if (action) applied[year] = action;
        }
        for (const scheduleId of await this.rollCallSchedules.due(now)) {
          const action = await this.rollCalls.apply(scheduleId, now);
          if (action) applied[`roll-call:${scheduleId}`] = action;
        }
        return applied;
      }
      default:
        throw new UnrecoverableError(`no handler for job "${job.name}"`);
    }
  }

  /** Applies whatever is due, possibly both (a window that opened and closed while Redis was down). */
  private async apply(year: number): Promise<string | null> {
    const first = await this.statuses.applySchedule(year);
    if (!first) return null;
    const second = first === 'open' ? await this.statuses.applySchedule(year) : null;
    const done = second ? `${first}+${second}` : first;
    this.logger.log(`questionnaire ${year}: ${done} on schedule`);
    return done;
  }
}

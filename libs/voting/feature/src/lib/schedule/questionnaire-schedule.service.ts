import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { ErrorCode, QueueName } from '@civic/contracts';
import { errorMessage, withTimeout } from '@civic/data-access';
import type { AuthenticatedUser } from '@civic/platform';
import { DomainError } from '@civic/util';
import { QuestionnaireRepository } from '@civic/voting-data-access';
import { scheduleProblems, yearProblems } from '@civic/voting-domain';
import { toQuestionnaireType, type QuestionnaireType } from '../questionnaires/questionnaire.type';
import { notFound, refuseProblems } from '../support/voting-input';
import { SCHEDULE_JOB_OPTIONS, SCHEDULE_SWEEP_EVERY_MS, windowJobId, type VotingScheduleJobPayloads } from './voting-schedule.jobs';

/**
 * Staff set a questionnaire's voting window in advance; it opens and closes on time by
 * BullMQ delayed jobs (in Redis: a restart loses none), with a sweep behind them that
 * reads the window from the database, so a job lost while Redis was down still fires.
 */
@Injectable()
export class QuestionnaireScheduleService implements OnApplicationBootstrap {
  private readonly logger = new Logger('QuestionnaireSchedule');

  constructor(
    private readonly questionnaires: QuestionnaireRepository,
    @InjectQueue(QueueName.votingSchedule) private readonly queue: Queue,
  ) {}

  onApplicationBootstrap(): void {
    // Not awaited: a Redis that is down must not block start-up. BullMQ runs the first sweep at once.
    void this.queue
      .upsertJobScheduler('schedule-sweep', { every: SCHEDULE_SWEEP_EVERY_MS }, { name: 'schedule-sweep', data: {}, opts: { removeOnComplete: 10, removeOnFail: 50 } })
      .catch((error: unknown) => this.logger.warn(`schedule sweep not registered: ${errorMessage(error)}`));
  }

  async schedule(staff: AuthenticatedUser, input: { year: number; opensAt: Date; closesAt: Date }): Promise<QuestionnaireType> {
    refuseProblems(yearProblems(input.year));
    const updated = await this.questionnaires.transaction(async (manager) => {
      const questionnaire = await this.questionnaires.lockByYear(manager, input.year, 'update');
      if (!questionnaire) throw notFound(`The ${input.year} questionnaire`, { year: input.year });
      const problems = scheduleProblems(questionnaire.status, input, new Date());
      const first = problems[0];
      if (first) {
        const code = first.field === 'year' ? ErrorCode.CONFLICT : ErrorCode.BAD_USER_INPUT;
        throw new DomainError(code, first.message, { field: first.field, year: input.year, status: questionnaire.status });
      }
      // An open questionnaire keeps its opening; only its closing moves.
      const opensAt = questionnaire.status === 'open' ? questionnaire.opensAt : input.opensAt;
      await this.questionnaires.update(manager, questionnaire.id, { opensAt, closesAt: input.closesAt });
      this.logger.log(`questionnaire ${input.year} scheduled by ${staff.accountId}: ${opensAt?.toISOString() ?? '-'} – ${input.closesAt.toISOString()}`);
      return { ...questionnaire, opensAt, closesAt: input.closesAt };
    });
    if (updated.status === 'draft' && updated.opensAt) this.enqueue(input.year, 'open', updated.opensAt);
    this.enqueue(input.year, 'close', input.closesAt);
    return toQuestionnaireType(updated);
  }

  private enqueue(year: number, action: 'open' | 'close', at: Date): void {
    const data: VotingScheduleJobPayloads['questionnaire-window'] = { year, at: at.toISOString() };
    void withTimeout(
      this.queue.add('questionnaire-window', data, { jobId: windowJobId(year, action, at), delay: Math.max(0, at.getTime() - Date.now()), ...SCHEDULE_JOB_OPTIONS }),
      2_000,
      'queueing the voting window',
    ).catch((error: unknown) => this.logger.warn(`questionnaire ${year} ${action} not queued; the sweep will catch it: ${errorMessage(error)}`));
  }
}

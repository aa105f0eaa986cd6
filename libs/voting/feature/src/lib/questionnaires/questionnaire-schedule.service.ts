import { Injectable, Logger } from '@nestjs/common';
import { ErrorCode } from '@civic/contracts';
import type { AuthenticatedUser } from '@civic/platform';
import { DomainError, notFound, refuseProblems } from '@civic/util';
import { QuestionnaireRepository } from '@civic/voting-data-access';
import { scheduleProblems, yearProblems } from '@civic/voting-domain';
import { VotingScheduleQueue, windowJobId } from '../schedule-queue';
import { toQuestionnaireType, type QuestionnaireType } from './questionnaire.type';

/**
 * Staff set a questionnaire's voting window in advance; it opens and closes on time by
 * BullMQ delayed jobs (in Redis: a restart loses none), with a sweep behind them that
 * reads the window from the database, so a job lost while Redis was down still fires.
 */
@Injectable()
export class QuestionnaireScheduleService {
  private readonly logger = new Logger('QuestionnaireSchedule');

  constructor(
    private readonly questionnaires: QuestionnaireRepository,
    private readonly queue: VotingScheduleQueue,
  ) {}

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
    this.queue.enqueue('questionnaire-window', { year, at: at.toISOString() }, windowJobId(year, action, at), at, `questionnaire ${year} ${action}`);
  }
}

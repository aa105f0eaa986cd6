import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@civic/contracts';
import type { AuthenticatedUser } from '@civic/platform';
import { DomainError, notFound, refuseProblems } from '@civic/util';
import { QuestionnaireRepository, type QuestionnaireEntity } from '@civic/voting-data-access';
import { dueScheduledAction, transitionQuestionnaire, yearProblems, type QuestionnaireAction } from '@civic/voting-domain';
import { toQuestionnaireType, type QuestionnaireType } from './questionnaire.type';

/** Use cases: staff open voting, close it, and certify the questionnaire once every question has its result. */
@Injectable()
export class QuestionnaireStatusService {
  constructor(private readonly questionnaires: QuestionnaireRepository) {}

  open(staff: AuthenticatedUser, year: number): Promise<QuestionnaireType> {
    return this.move(year, 'open', (now) => ({ opensAt: now, openedBy: staff.accountId.toLowerCase() }));
  }

  close(staff: AuthenticatedUser, year: number): Promise<QuestionnaireType> {
    return this.move(year, 'close', (now) => ({ closesAt: now, closedBy: staff.accountId.toLowerCase() }));
  }

  certify(staff: AuthenticatedUser, year: number): Promise<QuestionnaireType> {
    return this.move(year, 'certify', (now) => ({ certifiedAt: now, certifiedBy: staff.accountId.toLowerCase() }));
  }

  /**
   * Opens or closes a questionnaire whose scheduled time has come (the schedule's jobs and
   * sweep). Idempotent: a questionnaire that is not due (already moved, rescheduled) is left
   * as it is and null is returned.
   */
  async applySchedule(year: number, now = new Date()): Promise<QuestionnaireAction | null> {
    return this.questionnaires.transaction(async (manager) => {
      const questionnaire = await this.questionnaires.lockByYear(manager, year, 'update');
      if (!questionnaire) return null;
      const action = dueScheduledAction(questionnaire.status, questionnaire, now);
      if (!action) return null;
      const decision = transitionQuestionnaire(questionnaire.status, action, await this.questionnaires.questionCounts(manager, questionnaire.id));
      if (decision.kind === 'refuse') return null;
      // The scheduled instants stay as they were set: they are the public record of the window.
      await this.questionnaires.update(manager, questionnaire.id, { status: decision.next });
      return action;
    });
  }

  /** Under the questionnaire's write lock: paper totals and certifications wait, then see the new status. */
  private move(year: number, action: QuestionnaireAction, stamp: (now: Date) => Partial<QuestionnaireEntity>): Promise<QuestionnaireType> {
    refuseProblems(yearProblems(year));
    return this.questionnaires.transaction(async (manager) => {
      const questionnaire = await this.questionnaires.lockByYear(manager, year, 'update');
      if (!questionnaire) throw notFound(`The ${year} questionnaire`, { year });
      const decision = transitionQuestionnaire(questionnaire.status, action, await this.questionnaires.questionCounts(manager, questionnaire.id));
      if (decision.kind === 'refuse') {
        throw new DomainError(ErrorCode.CONFLICT, `The ${year} questionnaire cannot be ${PAST[action]}: ${decision.reason}.`, {
          year,
          status: questionnaire.status,
        });
      }
      const changes = { status: decision.next, ...stamp(new Date()) };
      await this.questionnaires.update(manager, questionnaire.id, changes);
      return toQuestionnaireType({ ...questionnaire, ...changes });
    });
  }
}

const PAST: Record<QuestionnaireAction, string> = { open: 'opened', close: 'closed', certify: 'certified' };

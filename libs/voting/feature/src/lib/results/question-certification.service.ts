import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ErrorCode } from '@civic/contracts';
import type { AuthenticatedUser } from '@civic/platform';
import { badInput, DomainError, notFound, requireUuid } from '@civic/util';
import {
  PaperTotalsRepository,
  QuestionnaireRepository,
  QuestionResultRepository,
  type QuestionnaireEntity,
  type QuestionnaireQuestionEntity,
} from '@civic/voting-data-access';
import { acceptsCertification, type QuestionTally } from '@civic/voting-domain';
import { toQuestionType } from '../questionnaires';
import { LiveResults } from '../tallies';
import { toQuestionResultType, type QuestionResultType } from './question-result.type';

export interface CertificationStart {
  question: QuestionnaireQuestionEntity;
  questionnaire: QuestionnaireEntity;
  /** The question's count over every channel, as the transaction sees it (what live results show). */
  tally: QuestionTally;
}

/**
 * The steps both certifications share. `start` runs under the questionnaire's write lock,
 * so a second certification of the question waits and then finds the first one's result,
 * and paper totals cannot change between the count and the stored result.
 */
@Injectable()
export class QuestionCertification {
  constructor(
    private readonly questionnaires: QuestionnaireRepository,
    private readonly results: QuestionResultRepository,
    private readonly paper: PaperTotalsRepository,
    private readonly live: LiveResults,
  ) {}

  async start(manager: EntityManager, questionIdInput: string, scope: 'county' | 'statewide'): Promise<CertificationStart> {
    const questionId = requireUuid(questionIdInput, 'questionId');
    const question = await this.questionnaires.findQuestion(questionId, manager);
    if (!question) throw notFound('The question', { questionId });
    if (scope === 'county' && question.countyCode === null) {
      throw badInput('questionId', 'This is a statewide question: certify it with certifyQuestionResult.');
    }
    if (scope === 'statewide' && question.countyCode !== null) {
      throw badInput('questionId', `This question is local to county ${question.countyCode}: certify it with certifyCountyResolutionVote.`);
    }
    const questionnaire = await this.questionnaires.lockById(manager, question.questionnaireId, 'update');
    if (!questionnaire) throw new Error(`question ${question.id} has no questionnaire`);
    if (!acceptsCertification(questionnaire.status)) {
      throw new DomainError(
        ErrorCode.CONFLICT,
        `The ${questionnaire.year} questionnaire is ${questionnaire.status}: results are certified once voting has closed.`,
        {
          year: questionnaire.year,
          status: questionnaire.status,
        },
      );
    }
    const existing = await this.results.findByQuestion(question.id, manager);
    if (existing) {
      throw new DomainError(ErrorCode.CONFLICT, 'This question’s result is already certified.', {
        reason: 'certified',
        questionId: question.id,
        resultId: existing.id,
      });
    }
    // Counted now, totals waiting for their second staff member would silently not count.
    const unconfirmed = await this.paper.unconfirmedCounties(manager, question.id);
    if (unconfirmed.length > 0) {
      throw new DomainError(
        ErrorCode.CONFLICT,
        `Paper totals of ${unconfirmed.length} county(ies) wait for confirmation: confirm them (or they would not count) before certifying.`,
        {
          reason: 'unconfirmed-paper-totals',
          countyCodes: unconfirmed,
        },
      );
    }
    const tally = (await this.live.tallies(questionnaire.id, [question], manager)).get(question.id);
    if (!tally) throw new Error(`question ${question.id} was not counted`);
    return { question, questionnaire, tally };
  }

  /** Stores the result and its county rows; the caller appends its event in the same transaction. */
  async store(manager: EntityManager, start: CertificationStart, staff: AuthenticatedUser, at: Date): Promise<QuestionResultType & { id: string }> {
    const { tally } = start;
    const result = await this.results.insert(
      manager,
      {
        questionId: start.question.id,
        counts: tally.counts,
        countiesInFavour: tally.countiesInFavour,
        countiesCounted: tally.countiesCounted,
        passed: tally.passed,
        certifiedAt: at,
        certifiedBy: staff.accountId.toLowerCase(),
      },
      tally.counties.map((county) => ({ countyCode: county.countyCode, counts: county.counts, byChannel: county.byChannel, inFavour: county.inFavour })),
    );
    const counties = await this.results.counties([result.id], manager);
    return {
      ...toQuestionResultType(toQuestionType(start.question, start.questionnaire.year), result, counties, start.questionnaire.resultsPublicationThreshold),
      id: result.id,
    };
  }
}

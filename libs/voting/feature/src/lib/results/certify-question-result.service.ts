import { Injectable } from '@nestjs/common';
import type { QuestionResultPayload } from '@civic/contracts';
import { appendToOutbox } from '@civic/data-access';
import type { AuthenticatedUser } from '@civic/platform';
import { QuestionnaireRepository } from '@civic/voting-data-access';
import { yesNoAbstain } from '@civic/voting-domain';
import type { CertifyQuestionResultInput } from './certify.input';
import { QuestionCertification } from './question-certification.service';
import type { QuestionResultType } from './question-result.type';

/**
 * Use case: staff certify a statewide question. In one transaction: sum every channel's
 * confirmed totals county by county and statewide, store the result with its county
 * breakdown and, for a question drawn from a citizen resolution, tell the resolutions
 * service (`voting.question-result`). The agency's and the board's questions have no event.
 */
@Injectable()
export class CertifyQuestionResultService {
  constructor(
    private readonly questionnaires: QuestionnaireRepository,
    private readonly certification: QuestionCertification,
  ) {}

  certify(staff: AuthenticatedUser, input: CertifyQuestionResultInput): Promise<QuestionResultType> {
    return this.questionnaires.transaction(async (manager) => {
      const start = await this.certification.start(manager, input.questionId, 'statewide');
      const { question, questionnaire, tally } = start;
      const now = new Date();
      const result = await this.certification.store(manager, start, staff, now);
      if (question.resolutionId !== null) {
        const payload: QuestionResultPayload = {
          resultId: result.id,
          questionId: question.id,
          resolutionId: question.resolutionId,
          year: questionnaire.year,
          ...yesNoAbstain(tally.counts),
          countiesInFavour: tally.countiesInFavour,
          countiesCounted: tally.countiesCounted,
          passed: tally.passed === true,
          certifiedAt: now.toISOString(),
        };
        await appendToOutbox(manager, 'voting.question-result', payload);
      }
      return result;
    });
  }
}

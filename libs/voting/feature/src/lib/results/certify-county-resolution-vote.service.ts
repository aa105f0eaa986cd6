import { Injectable } from '@nestjs/common';
import type { CountyResolutionResultPayload } from '@civic/contracts';
import { appendToOutbox } from '@civic/data-access';
import type { AuthenticatedUser } from '@civic/platform';
import { QuestionnaireRepository } from '@civic/voting-data-access';
import { yesNoAbstain } from '@civic/voting-domain';
import type { CertifyCountyResolutionVoteInput } from './certify.input';
import { QuestionCertification } from './question-certification.service';
import type { QuestionResultType } from './question-result.type';

/**
 * Use case: staff certify a county's vote on a citizen resolution introduced there. In one
 * transaction: count every channel's confirmed totals of that county, store the result and
 * its county row, and tell the resolutions service (`voting.county-resolution-result`).
 */
@Injectable()
export class CertifyCountyResolutionVoteService {
  constructor(
    private readonly questionnaires: QuestionnaireRepository,
    private readonly certification: QuestionCertification,
  ) {}

  certify(staff: AuthenticatedUser, input: CertifyCountyResolutionVoteInput): Promise<QuestionResultType> {
    return this.questionnaires.transaction(async (manager) => {
      const start = await this.certification.start(manager, input.questionId, 'county');
      const { question, questionnaire, tally } = start;
      if (question.countyCode === null || question.resolutionId === null) throw new Error(`question ${question.id} is not a county resolution`);
      const now = new Date();
      const result = await this.certification.store(manager, start, staff, now);
      const payload: CountyResolutionResultPayload = {
        resultId: result.id,
        resolutionId: question.resolutionId,
        countyCode: question.countyCode,
        year: questionnaire.year,
        ...yesNoAbstain(tally.counts),
        passed: tally.passed === true,
        certifiedAt: now.toISOString(),
      };
      await appendToOutbox(manager, 'voting.county-resolution-result', payload);
      return result;
    });
  }
}

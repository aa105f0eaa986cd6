import { Injectable, Logger } from '@nestjs/common';
import { ErrorCode } from '@civic/contracts';
import type { AuthenticatedUser } from '@civic/platform';
import { DomainError, refuseProblems } from '@civic/util';
import { QuestionnaireRepository } from '@civic/voting-data-access';
import { acceptsResultsPublicationThreshold, publicationThresholdProblems, yearProblems } from '@civic/voting-domain';
import { toQuestionnaireType, type QuestionnaireType } from './questionnaire.type';

/**
 * Use case: staff set k, the threshold of the results' publication while voting is open (a
 * county channel's public figures move only once k more ballots arrived there), on a DRAFT
 * questionnaire, made in draft if there is none yet. Issue 15 moves it into the congress
 * definition.
 */
@Injectable()
export class SetResultsPublicationThresholdService {
  private readonly logger = new Logger('ResultsPublicationThreshold');

  constructor(private readonly questionnaires: QuestionnaireRepository) {}

  async set(staff: AuthenticatedUser, year: number, threshold: number): Promise<QuestionnaireType> {
    refuseProblems([...yearProblems(year), ...publicationThresholdProblems(threshold)]);
    return this.questionnaires.transaction(async (manager) => {
      const questionnaire = await this.questionnaires.lockOrCreate(manager, year);
      if (!acceptsResultsPublicationThreshold(questionnaire.status)) {
        throw new DomainError(
          ErrorCode.CONFLICT,
          `The ${year} questionnaire is ${questionnaire.status}: its results' publication threshold is set while it is a draft.`,
          { year, status: questionnaire.status },
        );
      }
      await this.questionnaires.update(manager, questionnaire.id, { resultsPublicationThreshold: threshold });
      this.logger.log(`questionnaire ${year}: results publication threshold ${threshold} set by ${staff.accountId}`);
      return toQuestionnaireType({ ...questionnaire, resultsPublicationThreshold: threshold });
    });
  }
}

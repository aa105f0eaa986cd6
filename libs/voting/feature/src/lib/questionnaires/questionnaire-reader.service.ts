import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ErrorCode } from '@civic/contracts';
import type { AuthenticatedUser } from '@civic/platform';
import { DomainError, refuseProblems } from '@civic/util';
import { QuestionnaireRepository, VoterEligibilityRepository } from '@civic/voting-data-access';
import { yearProblems } from '@civic/voting-domain';
import { requireJurisdictionCode } from '../jurisdictions';
import { toQuestionType, type QuestionnaireQuestionType } from './questionnaire-question.type';
import { toQuestionnaireType, type QuestionnaireType } from './questionnaire.type';

/** Public reads of questionnaires, and a voter's own ballot of questions. */
@Injectable()
export class QuestionnaireReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly questionnaires: QuestionnaireRepository,
    private readonly eligibility: VoterEligibilityRepository,
  ) {}

  async byYear(year: number): Promise<QuestionnaireType | null> {
    refuseProblems(yearProblems(year));
    const questionnaire = await this.questionnaires.findByYear(year);
    return questionnaire ? toQuestionnaireType(questionnaire) : null;
  }

  /** The questionnaire as the voter's county votes on it; only verified residents have one. */
  async forVoter(voter: AuthenticatedUser, year: number): Promise<QuestionnaireType | null> {
    refuseProblems(yearProblems(year));
    const eligibility = await this.eligibility.find(this.dataSource.manager, voter.accountId);
    if (eligibility?.status !== 'eligible') {
      throw new DomainError(ErrorCode.NOT_ELIGIBLE, 'Only verified residents have a county questionnaire; questionnaire(year) shows every question publicly.');
    }
    const questionnaire = await this.questionnaires.findByYear(year);
    return questionnaire ? toQuestionnaireType(questionnaire, eligibility.jurisdictionCode) : null;
  }

  /**
   * The questions in order: with a county, the statewide ones and that county's own (the
   * voter's county in myQuestionnaire unless another is asked for); without, all of them.
   */
  async questions(questionnaire: QuestionnaireType, countyCodeInput: string | null | undefined): Promise<QuestionnaireQuestionType[]> {
    const countyCode = countyCodeInput?.trim() || questionnaire.county?.code;
    if (countyCode !== undefined) requireJurisdictionCode(countyCode, 'countyCode');
    const questions = await this.questionnaires.questions(questionnaire.id, countyCode);
    return questions.map((question) => toQuestionType(question, questionnaire.year));
  }
}

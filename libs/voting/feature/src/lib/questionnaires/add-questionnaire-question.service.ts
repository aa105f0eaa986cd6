import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@civic/contracts';
import type { AuthenticatedUser } from '@civic/platform';
import { DomainError, refuseProblems } from '@civic/util';
import { QuestionnaireRepository } from '@civic/voting-data-access';
import { acceptsStaffQuestions, DEFAULT_CHOICES, normalizeStaffQuestion, staffQuestionProblems, type QuestionSource } from '@civic/voting-domain';
import type { AddQuestionnaireQuestionInput } from './questionnaire.input';
import { toQuestionType, type QuestionnaireQuestionType } from './questionnaire-question.type';

/** Use case: staff add the agency's and the board's questions to a draft questionnaire. */
@Injectable()
export class AddQuestionnaireQuestionService {
  constructor(private readonly questionnaires: QuestionnaireRepository) {}

  async add(staff: AuthenticatedUser, input: AddQuestionnaireQuestionInput): Promise<QuestionnaireQuestionType> {
    const draft = normalizeStaffQuestion({
      year: input.year,
      source: input.source as QuestionSource,
      text: input.text,
      background: input.background ?? '',
      choices: input.choices ?? null,
    });
    refuseProblems(staffQuestionProblems(draft));
    return this.questionnaires.transaction(async (manager) => {
      const questionnaire = await this.questionnaires.lockOrCreate(manager, draft.year);
      if (!acceptsStaffQuestions(questionnaire.status)) {
        throw new DomainError(ErrorCode.CONFLICT, `The ${draft.year} questionnaire is ${questionnaire.status}: questions are added only while it is a draft.`, {
          year: draft.year,
          status: questionnaire.status,
        });
      }
      const question = await this.questionnaires.appendQuestion(manager, {
        questionnaireId: questionnaire.id,
        source: draft.source,
        text: draft.text,
        background: draft.background,
        countyCode: null,
        resolutionId: null,
        resolutionNumber: null,
        choices: [...(draft.choices ?? DEFAULT_CHOICES)],
        addedBy: staff.accountId.toLowerCase(),
        sourceEventId: null,
      });
      return toQuestionType(question, questionnaire.year);
    });
  }
}

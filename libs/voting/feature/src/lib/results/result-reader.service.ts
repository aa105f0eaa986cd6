import { Injectable } from '@nestjs/common';
import { QuestionnaireRepository, QuestionResultRepository } from '@civic/voting-data-access';
import { yearProblems } from '@civic/voting-domain';
import { toQuestionType } from '../questionnaires/questionnaire-question.type';
import { refuseProblems, requireUuid } from '../support/voting-input';
import { toQuestionResultType, type QuestionResultType } from './question-result.type';

/** Public reads of certified results. */
@Injectable()
export class ResultReader {
  constructor(
    private readonly questionnaires: QuestionnaireRepository,
    private readonly results: QuestionResultRepository,
  ) {}

  /** Every certified result of the year, in questionnaire order. */
  async forYear(year: number): Promise<QuestionResultType[]> {
    refuseProblems(yearProblems(year));
    const questionnaire = await this.questionnaires.findByYear(year);
    if (!questionnaire) return [];
    const questions = await this.questionnaires.questions(questionnaire.id);
    const results = new Map((await this.results.forQuestions(questions.map((question) => question.id))).map((result) => [result.questionId, result]));
    const counties = await this.results.counties([...results.values()].map((result) => result.id));
    return questions.flatMap((question) => {
      const result = results.get(question.id);
      return result
        ? [toQuestionResultType(toQuestionType(question, questionnaire.year), result, counties.filter((county) => county.resultId === result.id))]
        : [];
    });
  }

  /** Null until the question's result is certified. */
  async forQuestion(questionIdInput: string): Promise<QuestionResultType | null> {
    const questionId = requireUuid(questionIdInput, 'questionId');
    const result = await this.results.findByQuestion(questionId);
    if (!result) return null;
    const question = await this.questionnaires.findQuestion(questionId);
    const questionnaire = question && (await this.questionnaires.findById(question.questionnaireId));
    if (!question || !questionnaire) throw new Error(`result ${result.id} has no question or questionnaire`);
    return toQuestionResultType(toQuestionType(question, questionnaire.year), result, await this.results.counties([result.id]));
  }
}

import { Injectable } from '@nestjs/common';
import { QuestionnaireRepository, QuestionResultRepository } from '@civic/voting-data-access';
import { yearProblems } from '@civic/voting-domain';
import { toQuestionType } from '../questionnaires/questionnaire-question.type';
import { LiveResults } from '../tallies/live-results.service';
import { refuseProblems, requireUuid } from '../support/voting-input';
import { toQuestionResultType, type QuestionResultType } from './question-result.type';

/** Public reads of results: certified ones, and live ones until then (once voting opened). */
@Injectable()
export class ResultReader {
  constructor(
    private readonly questionnaires: QuestionnaireRepository,
    private readonly results: QuestionResultRepository,
    private readonly live: LiveResults,
  ) {}

  /** Every question's result of the year, in questionnaire order: certified, else live (none while a draft). */
  async forYear(year: number): Promise<QuestionResultType[]> {
    refuseProblems(yearProblems(year));
    const questionnaire = await this.questionnaires.findByYear(year);
    if (!questionnaire) return [];
    const questions = await this.questionnaires.questions(questionnaire.id);
    const results = new Map((await this.results.forQuestions(questions.map((question) => question.id))).map((result) => [result.questionId, result]));
    const counties = await this.results.counties([...results.values()].map((result) => result.id));
    const uncounted = questionnaire.status === 'draft' ? [] : questions.filter((question) => !results.has(question.id));
    const live = new Map((await this.live.forQuestions(questionnaire, uncounted)).map((result) => [result.question.id, result]));
    const certified = await this.live.withDistricts(
      questions.flatMap((question) => {
        const result = results.get(question.id);
        return result ? [toQuestionResultType(toQuestionType(question, questionnaire.year), result, counties.filter((county) => county.resultId === result.id))] : [];
      }),
    );
    const certifiedById = new Map(certified.map((result) => [result.question.id, result]));
    return questions.flatMap((question) => {
      const result = certifiedById.get(question.id) ?? live.get(question.id);
      return result ? [result] : [];
    });
  }

  /** The certified result, else the live one; null for an unknown question or while its questionnaire is a draft. */
  async forQuestion(questionIdInput: string): Promise<QuestionResultType | null> {
    const questionId = requireUuid(questionIdInput, 'questionId');
    const question = await this.questionnaires.findQuestion(questionId);
    const questionnaire = question && (await this.questionnaires.findById(question.questionnaireId));
    if (!question || !questionnaire) return null;
    const result = await this.results.findByQuestion(questionId);
    if (!result) {
      if (questionnaire.status === 'draft') return null;
      const [live] = await this.live.forQuestions(questionnaire, [question]);
      return live ?? null;
    }
    const [certified] = await this.live.withDistricts([toQuestionResultType(toQuestionType(question, questionnaire.year), result, await this.results.counties([result.id]))]);
    return certified ?? null;
  }
}

import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@civic/contracts';
import { requireCountyAccess, type AuthenticatedUser } from '@civic/platform';
import { DomainError, inputProblemError, notFound, requireUuid } from '@civic/util';
import { PaperTotalsRepository, QuestionnaireRepository } from '@civic/voting-data-access';
import { acceptsPaperTotals, checkPaperTotals, type PaperTotalsQuestion } from '@civic/voting-domain';
import type { EnterQuestionnairePaperTotalsInput } from './paper-totals.input';
import { PaperTotalsReader } from './paper-totals-reader.service';
import { requireCountyCode } from './paper-totals-validation';
import type { QuestionnairePaperTotalsType } from './paper-totals.type';

/**
 * Use case: staff enter a county's paper totals per question. They wait for a second staff
 * member's confirmation and do not count before it; until then, entering a question's
 * totals again replaces them. Confirmed totals are final.
 */
@Injectable()
export class EnterPaperTotalsService {
  constructor(
    private readonly questionnaires: QuestionnaireRepository,
    private readonly paper: PaperTotalsRepository,
    private readonly reader: PaperTotalsReader,
  ) {}

  enter(staff: AuthenticatedUser, input: EnterQuestionnairePaperTotalsInput): Promise<QuestionnairePaperTotalsType> {
    const countyCode = requireCountyCode(input.year, input.countyCode);
    requireCountyAccess(staff, countyCode);
    const lines = input.totals.map((line, index) => ({ ...line, questionId: requireUuid(line.questionId, `totals.${index}.questionId`) }));
    return this.questionnaires.transaction(async (manager) => {
      // Shared: counties enter side by side, while status changes and certification wait.
      const questionnaire = await this.questionnaires.lockByYear(manager, input.year, 'share');
      if (!questionnaire) throw notFound(`The ${input.year} questionnaire`, { year: input.year });
      if (!acceptsPaperTotals(questionnaire.status)) {
        throw new DomainError(
          ErrorCode.CONFLICT,
          `The ${input.year} questionnaire is ${questionnaire.status}: paper totals are entered once voting opened and until results are certified.`,
          {
            year: input.year,
            status: questionnaire.status,
          },
        );
      }
      const questionIds = [...new Set(lines.map((line) => line.questionId))];
      const questions = (await this.questionnaires.questionsById(questionIds, manager)).filter((question) => question.questionnaireId === questionnaire.id);
      const checked = checkPaperTotals(countyCode, lines, new Map(questions.map((question): [string, PaperTotalsQuestion] => [question.id, question])));
      if (!checked.ok) {
        throw inputProblemError(checked.problem);
      }

      const certified = await this.paper.certifiedQuestions(manager, questionIds);
      if (certified.length > 0) {
        throw new DomainError(ErrorCode.CONFLICT, 'A question’s result is already certified: its totals can no longer change.', {
          reason: 'certified',
          questionIds: certified,
        });
      }
      const confirmed = (await this.paper.lockForCounty(manager, questionnaire.id, countyCode, questionIds)).filter((row) => row.confirmedAt !== null);
      if (confirmed.length > 0) {
        throw new DomainError(ErrorCode.CONFLICT, 'These paper totals are already confirmed: confirmed totals are final.', {
          reason: 'confirmed',
          countyCode,
          questionIds: confirmed.map((row) => row.questionId),
        });
      }
      await this.paper.enter(manager, questionnaire.id, countyCode, checked.lines, staff.accountId.toLowerCase(), new Date());
      return this.reader.load(questionnaire, countyCode, manager);
    });
  }
}

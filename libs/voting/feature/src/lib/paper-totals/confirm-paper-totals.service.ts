import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@civic/contracts';
import { requireCountyAccess, type AuthenticatedUser } from '@civic/platform';
import { DomainError, notFound } from '@civic/util';
import { PaperBallotRepository, PaperTotalsRepository, QuestionnaireRepository } from '@civic/voting-data-access';
import { acceptsPaperTotals, mayConfirmPaperTotals, questionsAboveIssued } from '@civic/voting-domain';
import type { ConfirmQuestionnairePaperTotalsInput } from './paper-totals.input';
import { PaperTotalsReader } from './paper-totals-reader.service';
import { requireCountyCode } from './paper-totals-validation';
import type { QuestionnairePaperTotalsType } from './paper-totals.type';

/**
 * Use case: a second staff member confirms every paper total of the county still waiting;
 * from then on they count. All or nothing: if the confirmer entered any of them, or any
 * question counts more papers than the county's meeting handed out, none is confirmed.
 */
@Injectable()
export class ConfirmPaperTotalsService {
  constructor(
    private readonly questionnaires: QuestionnaireRepository,
    private readonly paper: PaperTotalsRepository,
    private readonly paperBallots: PaperBallotRepository,
    private readonly reader: PaperTotalsReader,
  ) {}

  confirm(staff: AuthenticatedUser, input: ConfirmQuestionnairePaperTotalsInput): Promise<QuestionnairePaperTotalsType> {
    const countyCode = requireCountyCode(input.year, input.countyCode);
    requireCountyAccess(staff, countyCode);
    return this.questionnaires.transaction(async (manager) => {
      const questionnaire = await this.questionnaires.lockByYear(manager, input.year, 'share');
      if (!questionnaire) throw notFound(`The ${input.year} questionnaire`, { year: input.year });
      if (!acceptsPaperTotals(questionnaire.status)) {
        throw new DomainError(
          ErrorCode.CONFLICT,
          `The ${input.year} questionnaire is ${questionnaire.status}: paper totals are confirmed once voting opened and until results are certified.`,
          {
            year: input.year,
            status: questionnaire.status,
          },
        );
      }
      const rows = await this.paper.lockForCounty(manager, questionnaire.id, countyCode);
      const waiting = rows.filter((row) => row.confirmedAt === null);
      if (waiting.length === 0) {
        if (rows.length === 0) throw notFound(`Paper totals of county ${countyCode} for ${input.year}`, { year: input.year, countyCode });
        throw new DomainError(ErrorCode.CONFLICT, `The paper totals of county ${countyCode} are already confirmed.`, { reason: 'confirmed', countyCode });
      }
      const own = waiting.filter((row) => !mayConfirmPaperTotals(row.enteredBy, staff.accountId));
      if (own.length > 0) {
        throw new DomainError(ErrorCode.SECOND_CONFIRMER_REQUIRED, 'Paper totals must be confirmed by a staff member other than the one who entered them.', {
          countyCode,
          questionIds: own.map((row) => row.questionId),
        });
      }
      const issued = await this.paperBallots.issuedInCounty(questionnaire.id, countyCode, manager);
      const above = questionsAboveIssued(waiting, issued);
      if (above.length > 0) {
        throw new DomainError(
          ErrorCode.PAPER_TOTALS_EXCEED_ISSUED,
          `County ${countyCode}'s paper totals count more ballots than the ${issued} paper ballots issued there: count the papers again.`,
          { countyCode, paperBallotsIssued: issued, questionIds: above },
        );
      }
      await this.paper.confirm(
        manager,
        countyCode,
        waiting.map((row) => row.questionId),
        staff.accountId.toLowerCase(),
        new Date(),
      );
      return this.reader.load(questionnaire, countyCode, manager);
    });
  }
}

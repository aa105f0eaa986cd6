import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, RequireCountyAccess, RequireRoles, requireCountyAccess, type AuthenticatedUser } from '@civic/platform';
import { ConfirmPaperTotalsService } from './confirm-paper-totals.service';
import { EnterPaperTotalsService } from './enter-paper-totals.service';
import { ConfirmQuestionnairePaperTotalsInput, EnterQuestionnairePaperTotalsInput } from './paper-totals.input';
import { PaperTotalsReader } from './paper-totals-reader.service';
import { QuestionnairePaperTotalsType } from './paper-totals.type';

/**
 * The county's clerks (or agency staff) enter the questionnaire's paper totals county by
 * county; a second one confirms them. Observers read them.
 */
@Resolver(() => QuestionnairePaperTotalsType)
export class PaperTotalsResolver {
  constructor(
    private readonly entering: EnterPaperTotalsService,
    private readonly confirming: ConfirmPaperTotalsService,
    private readonly reader: PaperTotalsReader,
  ) {}

  @RequireRoles('staff', 'admin', 'clerk', 'observer')
  @Query(() => QuestionnairePaperTotalsType, {
    description: "A county's paper totals on a congress year's questionnaire, confirmed or waiting (agency staff, observers, or a clerk of the county).",
  })
  questionnairePaperTotals(
    @CurrentUser() user: AuthenticatedUser,
    @Args('year', { type: () => Int }) year: number,
    @Args('countyCode') countyCode: string,
  ): Promise<QuestionnairePaperTotalsType> {
    requireCountyAccess(user, countyCode.trim(), { read: true });
    return this.reader.forCounty(year, countyCode);
  }

  @RequireCountyAccess()
  @Mutation(() => QuestionnairePaperTotalsType, {
    description:
      "Enters a county's paper totals per question while the questionnaire is OPEN or CLOSED (agency staff, or a clerk of the county; otherwise CONFLICT). They count once another staff member confirms them; " +
      'until then, entering a question again replaces its totals. Confirmed totals, or a certified question: CONFLICT. ' +
      "A county-local question accepts its own county's totals only: BAD_USER_INPUT.",
  })
  enterQuestionnairePaperTotals(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: EnterQuestionnairePaperTotalsInput,
  ): Promise<QuestionnairePaperTotalsType> {
    return this.entering.enter(user, input);
  }

  @RequireCountyAccess()
  @Mutation(() => QuestionnairePaperTotalsType, {
    description:
      'Confirms every waiting paper total of a county (agency staff or a clerk of the county, other than the one who entered them; the same person: SECOND_CONFIRMER_REQUIRED). ' +
      'Nothing waiting: CONFLICT (already confirmed) or NOT_FOUND (nothing entered).',
  })
  confirmQuestionnairePaperTotals(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: ConfirmQuestionnairePaperTotalsInput,
  ): Promise<QuestionnairePaperTotalsType> {
    return this.confirming.confirm(user, input);
  }
}

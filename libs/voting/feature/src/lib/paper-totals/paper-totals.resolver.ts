import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, RequireRoles, type AuthenticatedUser } from '@civic/platform';
import { ConfirmPaperTotalsService } from './confirm-paper-totals.service';
import { EnterPaperTotalsService } from './enter-paper-totals.service';
import { ConfirmQuestionnairePaperTotalsInput, EnterQuestionnairePaperTotalsInput } from './paper-totals.input';
import { PaperTotalsReader } from './paper-totals-reader.service';
import { QuestionnairePaperTotalsType } from './paper-totals.type';

/** Staff enter the questionnaire's paper totals county by county; a second staff member confirms them. */
@RequireRoles('staff', 'admin')
@Resolver(() => QuestionnairePaperTotalsType)
export class PaperTotalsResolver {
  constructor(
    private readonly entering: EnterPaperTotalsService,
    private readonly confirming: ConfirmPaperTotalsService,
    private readonly reader: PaperTotalsReader,
  ) {}

  @Query(() => QuestionnairePaperTotalsType, { description: "A county's paper totals on a congress year's questionnaire, confirmed or waiting (staff)." })
  questionnairePaperTotals(@Args('year', { type: () => Int }) year: number, @Args('countyCode') countyCode: string): Promise<QuestionnairePaperTotalsType> {
    return this.reader.forCounty(year, countyCode);
  }

  @Mutation(() => QuestionnairePaperTotalsType, {
    description:
      "Enters a county's paper totals per question while the questionnaire is OPEN or CLOSED (staff; otherwise CONFLICT). They count once another staff member confirms them; " +
      'until then, entering a question again replaces its totals. Confirmed totals, or a certified question: CONFLICT. ' +
      "A county-local question accepts its own county's totals only: BAD_USER_INPUT.",
  })
  enterQuestionnairePaperTotals(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: EnterQuestionnairePaperTotalsInput,
  ): Promise<QuestionnairePaperTotalsType> {
    return this.entering.enter(user, input);
  }

  @Mutation(() => QuestionnairePaperTotalsType, {
    description:
      'Confirms every waiting paper total of a county (staff other than the one who entered them; the same person: SECOND_CONFIRMER_REQUIRED). ' +
      'Nothing waiting: CONFLICT (already confirmed) or NOT_FOUND (nothing entered).',
  })
  confirmQuestionnairePaperTotals(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: ConfirmQuestionnairePaperTotalsInput,
  ): Promise<QuestionnairePaperTotalsType> {
    return this.confirming.confirm(user, input);
  }
}

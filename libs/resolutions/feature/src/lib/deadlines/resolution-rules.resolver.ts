import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Public, RequireRoles, type AuthenticatedUser, type Connection } from '@civic/platform';
import { toResolutionType } from '../resolutions';
import { CarryOverResultType } from './carry-over-result.type';
import { OverdueResolutionConnection, OverdueResolutionsArgs, type OverdueResolutionType } from './overdue-resolution.type';
import { OverdueResolutionsService } from './overdue-resolutions.service';
import { RollOverCycleService } from './roll-over-cycle.service';

/** The rules that run themselves: their public record, and staff's hand on the yearly roll-over. */
@Resolver()
export class ResolutionRulesResolver {
  constructor(
    private readonly overdue: OverdueResolutionsService,
    private readonly rollOver: RollOverCycleService,
  ) {}

  @Public()
  @Query(() => OverdueResolutionConnection, {
    description: 'Public: resolutions flagged because a deadline passed (a committee that did not decide, an overdue board response), most recent first.',
  })
  overdueResolutions(@Args() args: OverdueResolutionsArgs): Promise<Connection<OverdueResolutionType>> {
    return this.overdue.list(args);
  }

  @RequireRoles('staff', 'admin')
  @Mutation(() => CarryOverResultType, {
    description:
      'Staff: carry the undecided resolutions of a congress year (county-passed, in committee) over into the next year’s cycle now, instead of waiting for the yearly run. Running it again carries nothing more.',
  })
  async rollOverResolutionCycle(@Args('fromYear', { type: () => Int }) fromYear: number, @CurrentUser() user: AuthenticatedUser): Promise<CarryOverResultType> {
    const carried = await this.rollOver.rollOver({ kind: 'person', user }, fromYear);
    return { carriedOver: carried.map(toResolutionType) };
  }
}

import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentUser, RequireRoles, type AuthenticatedUser } from '@civic/platform';
import { ReadEligibilityService } from './read-eligibility.service';
import { VoterEligibility } from './voter-eligibility.type';

@Resolver(() => VoterEligibility)
export class EligibilityResolver {
  constructor(private readonly reader: ReadEligibilityService) {}

  @Authenticated()
  @Query(() => VoterEligibility, { nullable: true, description: "The caller's voter eligibility; null until a residency is verified." })
  myEligibility(@CurrentUser() user: AuthenticatedUser): Promise<VoterEligibility | null> {
    return this.reader.forViewer(user, user.accountId);
  }

  @RequireRoles('staff', 'admin', 'observer')
  @Query(() => VoterEligibility, { nullable: true, description: "An account's voter eligibility (agency staff, admins, observers)." })
  voterEligibility(@CurrentUser() user: AuthenticatedUser, @Args('accountId', { type: () => ID }) accountId: string): Promise<VoterEligibility | null> {
    return this.reader.forViewer(user, accountId);
  }
}

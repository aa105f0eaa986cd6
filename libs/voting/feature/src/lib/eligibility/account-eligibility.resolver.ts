import { Parent, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { OptionalUser, Public, type AuthenticatedUser } from '@civic/platform';
import { AccountReference } from '../accounts';
import { ReadEligibilityService } from './read-eligibility.service';
import { VoterEligibility } from './voter-eligibility.type';

/** Adds `eligibility` to identity's Account. */
@Resolver(() => AccountReference)
export class AccountEligibilityResolver {
  constructor(private readonly reader: ReadEligibilityService) {}

  /** The reference carries only the id; access is decided per field. */
  @Public()
  @ResolveReference()
  resolveReference(reference: { id: string }): AccountReference {
    return { id: reference.id };
  }

  /** Public like the Account it hangs on; the reader returns null to anyone but the account and staff. */
  @Public()
  @ResolveField(() => VoterEligibility, {
    nullable: true,
    description: 'Voter eligibility; null unless the caller is the account itself or staff, or until a residency is verified.',
  })
  eligibility(@Parent() account: AccountReference, @OptionalUser() user: AuthenticatedUser | undefined): Promise<VoterEligibility | null> {
    return this.reader.onAccount(user, account.id);
  }
}

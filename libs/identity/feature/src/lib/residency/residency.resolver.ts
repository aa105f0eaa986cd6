import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, Public, RequireCountyAccess, type AuthenticatedUser } from '@civic/platform';
import { AccountType, type AccountView } from '../accounts';
import { JurisdictionReference } from './jurisdiction.type';
import { ResidencyType } from './residency.type';
import { RevokeResidencyInput, VerifyResidencyInput } from './residency.input';
import { RevokeResidencyService } from './revoke-residency.service';
import { VerifyResidencyService } from './verify-residency.service';

@Resolver(() => ResidencyType)
export class ResidencyResolver {
  constructor(
    private readonly verifying: VerifyResidencyService,
    private readonly revoking: RevokeResidencyService,
  ) {}

  @Mutation(() => AccountType, {
    description:
      'Marks a residency verified (agency staff and admins anywhere; a county clerk in the counties they serve, else FORBIDDEN). Announces identity.resident-verified.',
  })
  @RequireCountyAccess()
  verifyResidency(@Args('input') input: VerifyResidencyInput, @CurrentUser() user: AuthenticatedUser): Promise<AccountView> {
    return this.verifying.verify(input, user);
  }

  @Mutation(() => AccountType, {
    description:
      'Revokes a verified residency (agency staff and admins anywhere; a county clerk only where the residency is, else FORBIDDEN). Announces identity.residency-revoked.',
  })
  @RequireCountyAccess()
  revokeResidency(@Args('input') input: RevokeResidencyInput, @CurrentUser() user: AuthenticatedUser): Promise<AccountView> {
    return this.revoking.revoke(input.accountId, user);
  }

  /** Only reached through Account.residency, which already applied the visibility rule. */
  @ResolveField(() => JurisdictionReference, { nullable: true })
  @Public()
  jurisdiction(@Parent() residency: ResidencyType): JurisdictionReference | null {
    return residency.jurisdictionCode ? { code: residency.jurisdictionCode } : null;
  }
}

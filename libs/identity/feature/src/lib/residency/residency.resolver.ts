import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Public, RequireRoles } from '@civic/platform';
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

  @Mutation(() => AccountType, { description: 'Marks a residency verified (staff). Announces identity.resident-verified.' })
  @RequireRoles('staff', 'admin')
  verifyResidency(@Args('input') input: VerifyResidencyInput): Promise<AccountView> {
    return this.verifying.verify(input);
  }

  @Mutation(() => AccountType, { description: 'Revokes a verified residency (staff). Announces identity.residency-revoked.' })
  @RequireRoles('staff', 'admin')
  revokeResidency(@Args('input') input: RevokeResidencyInput): Promise<AccountView> {
    return this.revoking.revoke(input.accountId);
  }

  /** Only reached through Account.residency, which already applied the visibility rule. */
  @ResolveField(() => JurisdictionReference, { nullable: true })
  @Public()
  jurisdiction(@Parent() residency: ResidencyType): JurisdictionReference | null {
    return residency.jurisdictionCode ? { code: residency.jurisdictionCode } : null;
  }
}

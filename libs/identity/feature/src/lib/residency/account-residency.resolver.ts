import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { OptionalUser, Public, type AuthenticatedUser } from '@civic/platform';
import { AccountType, maySeeResidency, type AccountView } from '../accounts';
import { ResidencyType } from './residency.type';

/** An account's residency: private like its email, and visible to a clerk of its county (see maySeeResidency). */
@Resolver(() => AccountType)
export class AccountResidencyResolver {
  @ResolveField(() => ResidencyType, { nullable: true, description: 'Visible to the account itself, to staff, and to a clerk of its county.' })
  @Public()
  residency(@Parent() account: AccountView, @OptionalUser() viewer: AuthenticatedUser | undefined): ResidencyType | null {
    if (!maySeeResidency(account, viewer)) return null;
    const { jurisdictionCode, status, method, verifiedAt } = account.residency;
    return { jurisdictionCode, status, method, verifiedAt };
  }
}

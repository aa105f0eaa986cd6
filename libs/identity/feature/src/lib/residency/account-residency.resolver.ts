import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { OptionalUser, Public, type AuthenticatedUser } from '@civic/platform';
import { AccountType, maySeePrivate, type AccountView } from '../accounts';
import { ResidencyType } from './residency.type';

/** An account's residency, private like its email (see maySeePrivate). */
@Resolver(() => AccountType)
export class AccountResidencyResolver {
  @ResolveField(() => ResidencyType, { nullable: true, description: 'Visible to the account itself and to staff.' })
  @Public()
  residency(@Parent() account: AccountView, @OptionalUser() viewer: AuthenticatedUser | undefined): ResidencyType | null {
    if (!maySeePrivate(account, viewer)) return null;
    const { jurisdictionCode, status, method, verifiedAt } = account.residency;
    return { jurisdictionCode, status, method, verifiedAt };
  }
}

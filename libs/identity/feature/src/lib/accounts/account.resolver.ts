import { Args, ID, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import type { Role } from '@civic/contracts';
import type { MailLanguage } from '@civic/identity-domain';
import { Authenticated, CurrentUser, OptionalUser, PageArgs, Public, RequireRoles, type AuthenticatedUser, type Connection } from '@civic/platform';
import { AccountDirectoryService } from './account-directory.service';
import { maySeePrivate, maySeeRoles, type AccountView } from './account-view';
import { AccountConnection, AccountType } from './account.type';
import { AccountFilterInput } from './account-filter.input';
import { AccountRole, Language } from './accounts.enums';

@Resolver(() => AccountType)
export class AccountResolver {
  constructor(private readonly directory: AccountDirectoryService) {}

  @Query(() => AccountType, { description: 'The signed-in account.' })
  @Authenticated()
  me(@CurrentUser() user: AuthenticatedUser): Promise<AccountView> {
    return this.directory.me(user.accountId);
  }

  @Query(() => AccountType, { nullable: true })
  @RequireRoles('staff', 'admin', 'observer')
  account(@Args('id', { type: () => ID }) id: string): Promise<AccountView | null> {
    return this.directory.byId(id);
  }

  @Query(() => AccountConnection, { description: 'Accounts, oldest first (agency staff, admins, observers).' })
  @RequireRoles('staff', 'admin', 'observer')
  accounts(
    @Args() page: PageArgs,
    @Args('filter', { type: () => AccountFilterInput, nullable: true }) filter: AccountFilterInput | null,
  ): Promise<Connection<AccountView>> {
    return this.directory.page(filter ?? {}, page);
  }

  @ResolveReference()
  @Public()
  resolveReference(reference: { id: string }): Promise<AccountView | null> {
    return this.directory.byId(reference.id);
  }

  @ResolveField(() => String, { nullable: true, description: 'Visible to the account itself and to staff.' })
  @Public()
  email(@Parent() account: AccountView, @OptionalUser() viewer: AuthenticatedUser | undefined): string | null {
    return maySeePrivate(account, viewer) ? account.email : null;
  }

  @ResolveField(() => [AccountRole], { nullable: true, description: 'Visible to the account itself, staff, admins and observers.' })
  @Public()
  roles(@Parent() account: AccountView, @OptionalUser() viewer: AuthenticatedUser | undefined): Role[] | null {
    return maySeeRoles(account, viewer) ? account.roles : null;
  }

  @ResolveField(() => [String], {
    nullable: true,
    description: 'The counties (jurisdiction codes) a clerk serves; empty for other accounts. Visible to the account itself, staff, admins and observers.',
  })
  @Public()
  clerkOf(@Parent() account: AccountView, @OptionalUser() viewer: AuthenticatedUser | undefined): string[] | null {
    return maySeeRoles(account, viewer) ? account.clerkOf : null;
  }

  @ResolveField(() => Date, {
    nullable: true,
    description:
      'When the account proved it reads mail at its email address (verifyEmail or resetPassword); null until then. Visible to the account itself and to staff.',
  })
  @Public()
  emailVerifiedAt(@Parent() account: AccountView, @OptionalUser() viewer: AuthenticatedUser | undefined): Date | null {
    return maySeePrivate(account, viewer) ? account.emailVerifiedAt : null;
  }

  @ResolveField(() => Language, {
    nullable: true,
    description: 'The language of mails to the account (null: English). Visible to the account itself and to staff.',
  })
  @Public()
  language(@Parent() account: AccountView, @OptionalUser() viewer: AuthenticatedUser | undefined): MailLanguage | null {
    return maySeePrivate(account, viewer) ? account.language : null;
  }
}

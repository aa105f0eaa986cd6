import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, PageArgs, RequireRoles, type AuthenticatedUser, type Connection } from '@civic/platform';
import { AccountDirectoryService, AccountType, type AccountView } from '../accounts';
import { GrantRoleInput, RevokeRoleInput } from './role-change.input';
import { RoleChangeConnection, RoleChangeType } from './role-change.type';
import { RoleChangeService } from './role-change.service';
import { RoleHistoryService } from './role-history.service';

@Resolver(() => RoleChangeType)
export class RolesResolver {
  constructor(
    private readonly changes: RoleChangeService,
    private readonly history: RoleHistoryService,
    private readonly directory: AccountDirectoryService,
  ) {}

  @Mutation(() => AccountType, {
    description:
      'Grants a role, with a reason kept in the role history (admins). CLERK names at least one county (jurisdiction code), added to those already served; ' +
      'other roles take no counties (BAD_USER_INPUT). Granting what is already held changes and records nothing. ' +
      'The holder’s access tokens carry it from their next sign-in or refresh (within 15 minutes).',
  })
  @RequireRoles('admin')
  grantRole(@Args('input') input: GrantRoleInput, @CurrentUser() user: AuthenticatedUser): Promise<AccountView> {
    return this.changes.grant(input, user.accountId);
  }

  @Mutation(() => AccountType, {
    description:
      'Revokes a role, with a reason kept in the role history (admins). CLERK with counties removes those counties (the role goes with the last one), ' +
      'without counties the whole role. CONFLICT when the account does not hold it, or for the last admin. ' +
      'Takes effect at the holder’s next refresh, so within one access-token lifetime (15 minutes).',
  })
  @RequireRoles('admin')
  revokeRole(@Args('input') input: RevokeRoleInput, @CurrentUser() user: AuthenticatedUser): Promise<AccountView> {
    return this.changes.revoke(input, user.accountId);
  }

  @Query(() => RoleChangeConnection, { description: 'Every grant and revoke of an account’s roles, newest first (admins and observers).' })
  @RequireRoles('admin', 'observer')
  roleHistory(@Args('accountId', { type: () => ID }) accountId: string, @Args() page: PageArgs): Promise<Connection<RoleChangeType>> {
    return this.history.page(accountId, page);
  }

  /** Only reached through roleHistory, which already applied its rule. */
  @ResolveField(() => AccountType, { nullable: true })
  @RequireRoles('admin', 'observer')
  changedBy(@Parent() change: RoleChangeType): Promise<AccountView | null> {
    return change.changedById ? this.directory.byId(change.changedById) : Promise.resolve(null);
  }
}

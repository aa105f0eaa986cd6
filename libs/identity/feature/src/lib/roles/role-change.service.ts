import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { notFound, requireUuid } from '@civic/util';
import { checkRoleChange, grantRole, revokeRole, type RoleChangeAction, type RoleChangeRequest } from '@civic/identity-domain';
import { AccountRepository, RoleChangeRepository } from '@civic/identity-data-access';
import { toAccountView, type AccountView } from '../accounts';

export interface RoleChangeCommand extends RoleChangeRequest {
  accountId: string;
}

/**
 * Admins grant and revoke roles. The account's holding and the history row commit together;
 * a change that changes nothing records nothing. Role changes take turns, so the last-admin
 * check cannot be raced. The holder's tokens follow at their next refresh (identity reads
 * roles and counties anew for every token), so within one access-token lifetime.
 */
@Injectable()
export class RoleChangeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: AccountRepository,
    private readonly changes: RoleChangeRepository,
  ) {}

  grant(command: RoleChangeCommand, changedBy: string): Promise<AccountView> {
    return this.change('grant', command, changedBy);
  }

  revoke(command: RoleChangeCommand, changedBy: string): Promise<AccountView> {
    return this.change('revoke', command, changedBy);
  }

  private async change(action: RoleChangeAction, command: RoleChangeCommand, changedBy: string): Promise<AccountView> {
    const accountId = requireUuid(command.accountId, 'accountId');
    const change = checkRoleChange(command, action);
    return this.dataSource.transaction(async (manager) => {
      await this.changes.serialize(manager);
      const account = await this.accounts.findByIdForUpdate(accountId, manager);
      if (!account) throw notFound('Account');
      const current = { roles: account.roles, clerkOf: account.clerkOf };
      const outcome = action === 'grant' ? grantRole(current, change) : revokeRole(current, change, await this.changes.countAdmins(manager));
      if (outcome.kind === 'unchanged') return toAccountView(account);
      await this.changes.saveHolding(account.id, outcome.holding, manager);
      await this.changes.append(
        [{ id: randomUUID(), accountId, action, role: change.role, counties: outcome.counties, reason: change.reason, changedBy, changedAt: new Date() }],
        manager,
      );
      return toAccountView({ ...account, roles: [...outcome.holding.roles], clerkOf: [...outcome.holding.clerkOf] });
    });
  }
}

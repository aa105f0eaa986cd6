import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@civic/contracts';
import { DomainError, isUuid } from '@civic/util';
import { AccountRepository, type AccountFilter } from '@civic/identity-data-access';
import { pageWindow, toConnection, type Connection, type PageArgs } from '@civic/platform';
import { toAccountView, type AccountView } from './account-view';

/** Reads of accounts: the caller's own, one by id, a filtered page for staff. */
@Injectable()
export class AccountDirectoryService {
  constructor(private readonly accounts: AccountRepository) {}

  async me(accountId: string): Promise<AccountView> {
    const account = await this.accounts.findById(accountId);
    // A valid token for a deleted account: treat as signed out.
    if (!account) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'This account no longer exists.');
    return toAccountView(account);
  }

  /** An id that is not a UUID names no account (references from other subgraphs included). */
  async byId(id: string): Promise<AccountView | null> {
    if (!isUuid(id)) return null;
    const account = await this.accounts.findById(id);
    return account ? toAccountView(account) : null;
  }

  async page(filter: AccountFilter, args: PageArgs): Promise<Connection<AccountView>> {
    const window = pageWindow(args);
    const [rows, total] = await this.accounts.findPage(filter, window.offset, window.limit);
    return toConnection(
      rows.map((row) => toAccountView(row)),
      total,
      window,
    );
  }
}

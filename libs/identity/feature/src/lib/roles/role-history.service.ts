import { Injectable } from '@nestjs/common';
import { requireUuid } from '@civic/util';
import { RoleChangeRepository } from '@civic/identity-data-access';
import { pageWindow, toConnection, type Connection, type PageArgs } from '@civic/platform';
import type { RoleChangeType } from './role-change.type';

/** An account's role history, newest first (admins and observers). */
@Injectable()
export class RoleHistoryService {
  constructor(private readonly changes: RoleChangeRepository) {}

  async page(accountId: string, args: PageArgs): Promise<Connection<RoleChangeType>> {
    const id = requireUuid(accountId, 'accountId');
    const window = pageWindow(args);
    const [rows, total] = await this.changes.findPage(id, window.offset, window.limit);
    return toConnection(
      rows.map((row) => ({
        id: row.id,
        accountId: row.accountId,
        action: row.action,
        role: row.role,
        counties: row.counties,
        reason: row.reason,
        changedAt: row.changedAt,
        changedById: row.changedBy,
      })),
      total,
      window,
    );
  }
}

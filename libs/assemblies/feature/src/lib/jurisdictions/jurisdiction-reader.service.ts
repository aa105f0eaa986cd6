import { Injectable, Scope } from '@nestjs/common';
import DataLoader from 'dataloader';
import { ErrorCode } from '@civic/contracts';
import { JurisdictionRepository, type JurisdictionEntity } from '@civic/assemblies-data-access';
import { pageWindow, toConnection, type Connection, type PageArgs } from '@civic/platform';
import { DomainError } from '@civic/util';

/**
 * Public reads of the jurisdiction tree. Request-scoped so that its loaders batch the
 * parent and reference look-ups of one request into single queries.
 */
@Injectable({ scope: Scope.REQUEST })
export class JurisdictionReader {
  private readonly byId = new DataLoader<string, JurisdictionEntity | null>(async (ids) => {
    const rows = await this.repository.findByIds(ids);
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });

  private readonly byCode = new DataLoader<string, JurisdictionEntity | null>(async (codes) => {
    const rows = await this.repository.findByCodes(codes);
    const found = new Map(rows.map((row) => [row.code, row]));
    return codes.map((code) => found.get(code) ?? null);
  });

  constructor(private readonly repository: JurisdictionRepository) {}

  async defaultCongress() {
    const congress = await this.repository.findDefaultCongress();
    if (!congress) throw new DomainError(ErrorCode.NOT_FOUND, 'No congress has been configured yet.');
    return congress;
  }

  tiers(congressId: string) {
    return this.repository.findTiers(congressId);
  }

  root(congressId: string) {
    return this.repository.findRoot(congressId);
  }

  byCodeOrNull(code: string): Promise<JurisdictionEntity | null> {
    return this.byCode.load(code);
  }

  async byCodeOrFail(code: string): Promise<JurisdictionEntity> {
    const jurisdiction = await this.byCode.load(code);
    if (!jurisdiction) throw new DomainError(ErrorCode.NOT_FOUND, `No jurisdiction has code "${code}".`, { code });
    return jurisdiction;
  }

  parentOf(jurisdiction: { parentId: string | null }): Promise<JurisdictionEntity | null> {
    return jurisdiction.parentId ? this.byId.load(jurisdiction.parentId) : Promise.resolve(null);
  }

  async page(filter: { tierLevel?: number; parentCode?: string }, args: PageArgs): Promise<Connection<JurisdictionEntity>> {
    const window = pageWindow(args);
    const parentId = filter.parentCode === undefined ? undefined : (await this.byCodeOrFail(filter.parentCode)).id;
    const [rows, total] = await this.repository.findPage(
      { ...(filter.tierLevel !== undefined ? { tierLevel: filter.tierLevel } : {}), ...(parentId ? { parentId } : {}) },
      window.offset,
      window.limit,
    );
    return toConnection(rows, total, window);
  }
}

import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@civic/contracts';
import { removalBlockers } from '@civic/assemblies-domain';
import { appendJurisdictionRemoved, JurisdictionRepository } from '@civic/assemblies-data-access';
import type { AuthenticatedUser } from '@civic/platform';
import { DomainError } from '@civic/util';
import { ConfigurationUpdateService } from './configuration-update.service';
import type { RemoveJurisdictionInput } from './tree-edit.input';
import { jurisdictionPath, snapshotOf, unknownJurisdiction } from './tree-edit-support';

/**
 * Staff remove a jurisdiction added by mistake. Its code is the stable key other services
 * and records hold, so only one nothing refers to may go: no children, no seat ever held,
 * no meetings, elections, residents, body memberships or calendar override. Anything else
 * is refused with CONFLICT and the reasons; rename or move it instead.
 */
@Injectable()
export class RemoveJurisdictionService {
  constructor(
    private readonly updates: ConfigurationUpdateService,
    private readonly jurisdictions: JurisdictionRepository,
  ) {}

  async remove(input: RemoveJurisdictionInput, actor: AuthenticatedUser): Promise<boolean> {
    await this.updates.recordChange('jurisdictions', input.reason, actor, async (manager, before, congressId) => {
      const tree = await this.jurisdictions.treeOf(manager, congressId);
      const row = tree.find((candidate) => candidate.code === input.code);
      if (!row) throw unknownJurisdiction(input.code);
      const counts = await this.jurisdictions.referenceCounts(manager, row);
      const calendarOverrides = before.document.calendar.overrides.filter((override) => override.jurisdictionCode === row.code).length;
      const blockers = removalBlockers({ ...counts, calendarOverrides });
      if (row.parentId === null) blockers.unshift('it is the root of the tree');
      if (blockers.length > 0) {
        throw new DomainError(ErrorCode.CONFLICT, `"${row.code}" cannot be removed: ${blockers.join('; ')}. Rename or move it instead.`, {
          jurisdictionCode: row.code,
          blockers,
        });
      }
      const snapshot = snapshotOf(row, new Map(tree.map((candidate) => [candidate.id, candidate.code])));
      await this.jurisdictions.deleteJurisdiction(manager, row.id);
      await appendJurisdictionRemoved(manager, { code: row.code, name: snapshot.name, tierLevel: snapshot.tierLevel, parentCode: snapshot.parentCode });
      return { changes: [{ path: jurisdictionPath(row.code), before: snapshot, after: null }], result: true };
    });
    return true;
  }
}

import { Injectable } from '@nestjs/common';
import { diffConfiguration, placementProblem, problemsIntroduced, validateJurisdictionDetails } from '@civic/assemblies-domain';
import { appendJurisdictionChanges, JurisdictionRepository, type JurisdictionEntity } from '@civic/assemblies-data-access';
import type { AuthenticatedUser } from '@civic/platform';
import { badInput } from '@civic/util';
import { ConfigurationUpdateService } from './configuration-update.service';
import type { UpdateJurisdictionInput } from './tree-edit.input';
import { brokenTree, definitionsOf, snapshotOf, tierMismatch, unknownJurisdiction, unknownParent } from './tree-edit-support';

/**
 * Staff rename a jurisdiction, correct its population or seat, or move it under another
 * parent of the same tier. The code never changes: it is the key other services hold.
 * Seats, tenures and body memberships stay as they are (memberships keep the district they
 * were assigned under, as recorded).
 */
@Injectable()
export class UpdateJurisdictionService {
  constructor(
    private readonly updates: ConfigurationUpdateService,
    private readonly jurisdictions: JurisdictionRepository,
  ) {}

  async update(input: UpdateJurisdictionInput, actor: AuthenticatedUser): Promise<JurisdictionEntity> {
    const name = input.name ?? undefined;
    const problems = validateJurisdictionDetails({ name, population: input.population, seat: input.seat });
    if (problems.length > 0) throw badInput('input', problems.join('; '));

    const { result } = await this.updates.recordChange('jurisdictions', input.reason, actor, async (manager, _before, congressId) => {
      const [tree, tiers] = await Promise.all([this.jurisdictions.treeOf(manager, congressId), this.jurisdictions.tiersOf(manager, congressId)]);
      const row = tree.find((candidate) => candidate.code === input.code);
      if (!row) throw unknownJurisdiction(input.code);
      const codeById = new Map(tree.map((candidate) => [candidate.id, candidate.code]));
      const before = snapshotOf(row, codeById);
      const updated: JurisdictionEntity = { ...row };

      if (input.parentCode !== undefined && input.parentCode !== null && input.parentCode !== before.parentCode) {
        const parent = tree.find((candidate) => candidate.code === input.parentCode);
        if (!parent) throw unknownParent(input.parentCode);
        if (row.parentId === null) throw tierMismatch(`"${row.code}" is the root of the tree; it has no parent to change`);
        const misplaced = placementProblem(
          tiers.map((tier) => tier.level),
          row.tierLevel,
          parent,
        );
        if (misplaced) throw tierMismatch(`${misplaced} (a move stays within the same tier)`);
        updated.parentId = parent.id;
      }
      if (name !== undefined) updated.name = name.trim();
      if (input.population !== undefined) updated.population = input.population;
      if (input.seat !== undefined) updated.seat = input.seat === null ? null : input.seat.trim();

      const after = snapshotOf(updated, codeById);
      const changes = diffConfiguration({ jurisdictions: { [row.code]: before } }, { jurisdictions: { [row.code]: after } });
      if (changes.length === 0) return { changes, result: row };

      const introduced = problemsIntroduced(
        tiers,
        definitionsOf(tree),
        definitionsOf(tree.map((candidate) => (candidate.id === row.id ? updated : candidate))),
      );
      if (introduced.length > 0) throw brokenTree(introduced);
      const saved = await this.jurisdictions.saveJurisdiction(manager, updated);
      await appendJurisdictionChanges(manager, [saved.code]);
      return { changes, result: saved };
    });
    return result;
  }
}

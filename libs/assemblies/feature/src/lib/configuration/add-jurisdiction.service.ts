import { Injectable } from '@nestjs/common';
import { isUniqueViolation } from '@civic/data-access';
import { ErrorCode } from '@civic/contracts';
import { placementProblem, problemsIntroduced, seatPlanFor, validateJurisdictionDetails } from '@civic/assemblies-domain';
import { appendJurisdictionChanges, BodyRepository, JurisdictionRepository, SeatRepository, type JurisdictionEntity } from '@civic/assemblies-data-access';
import type { AuthenticatedUser } from '@civic/platform';
import { badInput, DomainError } from '@civic/util';
import { ConfigurationUpdateService } from './configuration-update.service';
import type { AddJurisdictionInput } from './tree-edit.input';
import { brokenTree, definitionsOf, jurisdictionPath, snapshotOf, tierMismatch, unknownParent } from './tree-edit-support';

/**
 * Staff add a jurisdiction one tier below its parent. When its tier has a seat plan, its
 * seats are created vacant (and its delegation, as the demo seed gives every county with
 * seats), so the public roster shows them at once.
 */
@Injectable()
export class AddJurisdictionService {
  constructor(
    private readonly updates: ConfigurationUpdateService,
    private readonly jurisdictions: JurisdictionRepository,
    private readonly seats: SeatRepository,
    private readonly bodies: BodyRepository,
  ) {}

  async add(input: AddJurisdictionInput, actor: AuthenticatedUser): Promise<JurisdictionEntity> {
    const details = { code: input.code, name: input.name, population: input.population ?? null, seat: input.seat ?? null };
    const problems = validateJurisdictionDetails(details);
    if (problems.length > 0) throw badInput('input', problems.join('; '));

    try {
      const { result } = await this.updates.recordChange('jurisdictions', input.reason, actor, async (manager, before, congressId) => {
        if ((await this.jurisdictions.findByCodes([input.code])).length > 0) throw taken(input.code);
        const [tree, tiers] = await Promise.all([this.jurisdictions.treeOf(manager, congressId), this.jurisdictions.tiersOf(manager, congressId)]);
        const parent = tree.find((row) => row.code === input.parentCode);
        if (!parent) throw unknownParent(input.parentCode);
        const tierLevel = parent.tierLevel + 1;
        const misplaced = placementProblem(
          tiers.map((tier) => tier.level),
          tierLevel,
          parent,
        );
        if (misplaced) throw tierMismatch(misplaced);

        const existing = definitionsOf(tree);
        const introduced = problemsIntroduced(tiers, existing, [...existing, { code: input.code, name: input.name, tierLevel, parentCode: parent.code }]);
        if (introduced.length > 0) throw brokenTree(introduced);

        const row = await this.jurisdictions.insertJurisdiction(manager, {
          congressId,
          code: input.code,
          name: input.name.trim(),
          tierLevel,
          parentId: parent.id,
          population: details.population,
          seat: details.seat === null ? null : details.seat.trim(),
        });
        const seatClassCodes = seatPlanFor(before.document, tierLevel)?.seatClassCodes ?? [];
        if (seatClassCodes.length > 0) {
          await this.seats.createSeats(manager, congressId, row.id, seatClassCodes);
          const tierName = tiers.find((tier) => tier.level === tierLevel)?.name ?? '';
          await this.bodies.insertBody(manager, {
            congressId,
            kind: 'county-delegation',
            code: `delegation-${row.code}`,
            name: `${row.name} ${tierName} delegation`,
            jurisdictionId: row.id,
          });
        }
        await appendJurisdictionChanges(manager, [row.code]);
        const snapshot = snapshotOf(row, new Map([[parent.id, parent.code]]));
        return { changes: [{ path: jurisdictionPath(row.code), before: null, after: { ...snapshot, seats: seatClassCodes.length } }], result: row };
      });
      return result;
    } catch (error) {
      // Two staff adding the same code at once: the unique index decides.
      if (isUniqueViolation(error)) throw taken(input.code);
      throw error;
    }
  }
}

function taken(code: string): DomainError {
  return new DomainError(ErrorCode.CONFLICT, `A jurisdiction with code "${code}" already exists; codes are unique and never reused for something else.`, {
    field: 'code',
    jurisdictionCode: code,
  });
}

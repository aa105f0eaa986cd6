import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@civic/contracts';
import { diffConfiguration, validateTierNames } from '@civic/assemblies-domain';
import { JurisdictionRepository, type TierEntity } from '@civic/assemblies-data-access';
import type { AuthenticatedUser } from '@civic/platform';
import { badInput, DomainError } from '@civic/util';
import { ConfigurationUpdateService } from './configuration-update.service';
import type { RenameTierInput } from './tree-edit.input';

/** Staff rename a level of the tree ("County" → "Parish"), recorded in the configuration history. */
@Injectable()
export class RenameTierService {
  constructor(
    private readonly updates: ConfigurationUpdateService,
    private readonly jurisdictions: JurisdictionRepository,
  ) {}

  async rename(input: RenameTierInput, actor: AuthenticatedUser): Promise<TierEntity> {
    const problems = validateTierNames(input);
    if (problems.length > 0) throw badInput('name', problems.join('; '));
    const names = { name: input.name.trim(), pluralName: input.pluralName.trim() };

    const { result } = await this.updates.recordChange('tiers', input.reason, actor, async (manager, _before, congressId) => {
      const tier = (await this.jurisdictions.tiersOf(manager, congressId)).find((candidate) => candidate.level === input.level);
      if (!tier) throw new DomainError(ErrorCode.NOT_FOUND, `There is no tier ${input.level}.`, { field: 'level' });
      const changes = diffConfiguration({ tiers: { [tier.level]: { name: tier.name, pluralName: tier.pluralName } } }, { tiers: { [tier.level]: names } });
      if (changes.length > 0) await this.jurisdictions.renameTier(manager, congressId, tier.level, names);
      return { changes, result: { ...tier, ...names } };
    });
    return result;
  }
}

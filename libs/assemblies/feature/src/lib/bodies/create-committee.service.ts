import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@civic/contracts';
import { committeeCode } from '@civic/assemblies-domain';
import { BodyRepository, JurisdictionRepository, type BodyEntity } from '@civic/assemblies-data-access';
import { DomainError, requiredText } from '@civic/util';
import { CommitteeKindValue } from './body.enums';
import type { CreateCommitteeInput } from './body.input';

/** Use case: staff add an advisory committee or a youth congress (the seed adds the standing ones). */
@Injectable()
export class CreateCommitteeService {
  constructor(
    private readonly bodies: BodyRepository,
    private readonly jurisdictions: JurisdictionRepository,
  ) {}

  async create(input: CreateCommitteeInput): Promise<BodyEntity> {
    const name = requiredText(input.name, 'name', 120);
    const code = committeeCode(name);
    if (code === 'committee-') throw new DomainError(ErrorCode.BAD_USER_INPUT, 'name needs letters or digits.', { field: 'name' });
    const congress = await this.jurisdictions.findDefaultCongress();
    if (!congress) throw new DomainError(ErrorCode.NOT_FOUND, 'No congress has been configured yet.');
    return this.bodies.transaction(async (manager) => {
      // The unique (congress, code) constraint settles races; this check gives the clear message.
      if (await this.bodies.findBodyByCode(congress.id, code)) {
        throw new DomainError(ErrorCode.CONFLICT, `A body named like "${name}" exists.`, { code });
      }
      return this.bodies.insertBody(manager, {
        congressId: congress.id,
        kind: input.kind ?? CommitteeKindValue.ADVISORY_COMMITTEE,
        code,
        name,
        jurisdictionId: null,
      });
    });
  }
}

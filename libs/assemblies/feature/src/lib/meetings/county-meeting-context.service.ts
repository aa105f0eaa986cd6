import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ErrorCode } from '@civic/contracts';
import { CongressEntity, JurisdictionEntity, TierEntity } from '@civic/assemblies-data-access';
import { DomainError, notFound } from '@civic/util';

export interface MeetingPlace {
  jurisdiction: JurisdictionEntity;
  /** The congress time zone, in which the congress year is counted. */
  timeZone: string;
}

/**
 * Where a county meeting is held: a jurisdiction of the congress's lowest tier (the
 * constituent areas, counties by default) and the congress's time zone.
 */
@Injectable()
export class CountyMeetingContext {
  async forCode(manager: EntityManager, jurisdictionCode: string): Promise<MeetingPlace> {
    const jurisdiction = await manager.findOneBy(JurisdictionEntity, { code: jurisdictionCode });
    if (!jurisdiction) throw notFound(`Jurisdiction "${jurisdictionCode}"`, { field: 'jurisdictionCode' });
    const place = await this.forJurisdiction(manager, jurisdiction);
    const tiers = await manager.findBy(TierEntity, { congressId: jurisdiction.congressId });
    const lowest = Math.max(...tiers.map((tier) => tier.level));
    if (jurisdiction.tierLevel !== lowest) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Only the constituent jurisdictions of the lowest tier (counties) hold county meetings.', {
        field: 'jurisdictionCode',
      });
    }
    return place;
  }

  async forJurisdictionId(manager: EntityManager, jurisdictionId: string): Promise<MeetingPlace> {
    const jurisdiction = await manager.findOneByOrFail(JurisdictionEntity, { id: jurisdictionId });
    return this.forJurisdiction(manager, jurisdiction);
  }

  private async forJurisdiction(manager: EntityManager, jurisdiction: JurisdictionEntity): Promise<MeetingPlace> {
    const congress = await manager.findOneByOrFail(CongressEntity, { id: jurisdiction.congressId });
    return { jurisdiction, timeZone: congress.timeZone };
  }
}

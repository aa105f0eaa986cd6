import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { calendarDateOf } from '@civic/assemblies-domain';
import { BodyRepository, JurisdictionEntity, type ElectionEntity } from '@civic/assemblies-data-access';
import type { ElectionElectorate } from './election-electorate';

/**
 * The electorates of body elections. Each is "delegates in office" of some place, or the
 * current members of the council, judged when the person nominates or votes: a delegate
 * who left office in between no longer votes.
 */

/** A county delegation: the county's delegates in office stand for and elect its chair and vice-chair. */
@Injectable()
export class CountyDelegationElectorate implements ElectionElectorate {
  readonly standRule = 'Only a delegate in office of the county may stand for its delegation’s offices.';
  readonly voteRule = 'Only the county’s delegates in office may vote in its delegation’s election.';

  constructor(private readonly bodies: BodyRepository) {}

  async mayStand(manager: EntityManager, election: ElectionEntity, accountId: string): Promise<boolean> {
    const seat = await this.bodies.delegateInOffice(accountId, manager);
    return seat !== null && election.jurisdictionId !== null && seat.countyId === election.jurisdictionId;
  }

  mayVote(manager: EntityManager, election: ElectionEntity, accountId: string): Promise<boolean> {
    return this.mayStand(manager, election, accountId);
  }

  groupOf(): Promise<string | null> {
    return Promise.resolve(null);
  }
}

/** A district at the convention: its delegates in office stand for and elect its council members; a candidate's group is their county. */
@Injectable()
export class DistrictDelegatesElectorate implements ElectionElectorate {
  readonly standRule = 'Only a delegate in office from the district may stand for its District Leadership Council seats.';
  readonly voteRule = 'Only the district’s delegates in office may vote in its District Leadership Council election.';

  constructor(private readonly bodies: BodyRepository) {}

  async mayStand(manager: EntityManager, election: ElectionEntity, accountId: string): Promise<boolean> {
    return (await this.seatInDistrict(manager, election, accountId)) !== null;
  }

  mayVote(manager: EntityManager, election: ElectionEntity, accountId: string): Promise<boolean> {
    return this.mayStand(manager, election, accountId);
  }

  async groupOf(manager: EntityManager, election: ElectionEntity, accountId: string): Promise<string | null> {
    return (await this.seatInDistrict(manager, election, accountId))?.countyCode ?? null;
  }

  private async seatInDistrict(manager: EntityManager, election: ElectionEntity, accountId: string) {
    if (!election.jurisdictionId) return null;
    const district = await manager.findOneBy(JurisdictionEntity, { id: election.jurisdictionId });
    const seat = await this.bodies.delegateInOffice(accountId, manager);
    return district && seat && seat.districtCode === district.code ? seat : null;
  }
}

/** The District Leadership Council: its current members stand for and elect the Executive Committee's officers. */
@Injectable()
export class CouncilElectorate implements ElectionElectorate {
  readonly standRule = 'Only a current member of the District Leadership Council may stand for an Executive Committee office.';
  readonly voteRule = 'Only current members of the District Leadership Council may vote for the Executive Committee’s officers.';

  constructor(private readonly bodies: BodyRepository) {}

  async mayStand(manager: EntityManager, election: ElectionEntity, accountId: string): Promise<boolean> {
    const council = await this.bodies.findBodyOfKind(manager, election.congressId, 'district-leadership-council');
    return council !== null && (await this.bodies.isCurrentMember(manager, council.id, accountId, calendarDateOf(new Date()))) !== null;
  }

  mayVote(manager: EntityManager, election: ElectionEntity, accountId: string): Promise<boolean> {
    return this.mayStand(manager, election, accountId);
  }

  groupOf(): Promise<string | null> {
    return Promise.resolve(null);
  }
}

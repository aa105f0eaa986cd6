import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { JurisdictionEntity, type ElectionEntity } from '@civic/assemblies-data-access';
import { ResidentRepository } from '@civic/data-access';
import { mayStandInCounty } from '@civic/assemblies-domain';
import { MeetingVotingRightsService } from '../meetings/meeting-voting-rights.service';
import { CouncilElectorate, CountyDelegationElectorate, DistrictDelegatesElectorate } from './body-electorates.service';

/**
 * Who may stand and vote in an election. Each election names its electorate kind; the
 * election use cases (nominate, vote, certify) ask the electorate and stay the same for
 * county meetings and bodies.
 */
export interface ElectionElectorate {
  /** Said in the NOT_ELIGIBLE refusals. */
  readonly standRule: string;
  readonly voteRule: string;
  mayStand(manager: EntityManager, election: ElectionEntity, accountId: string): Promise<boolean>;
  mayVote(manager: EntityManager, election: ElectionEntity, accountId: string): Promise<boolean>;
  /** The candidate's group for "at most one elected per group" (a council candidate's county); null when ungrouped. */
  groupOf(manager: EntityManager, election: ElectionEntity, accountId: string): Promise<string | null>;
}

/** A county meeting's electorate: verified residents stand; residents checked in with a vote vote. */
@Injectable()
export class CountyMeetingElectorate implements ElectionElectorate {
  readonly standRule = 'Only a verified resident of the county may stand for its delegate seats.';
  readonly voteRule = 'Only residents of the county checked in with a vote at its meeting may vote in this election.';

  constructor(
    private readonly residents: ResidentRepository,
    private readonly votingRights: MeetingVotingRightsService,
  ) {}

  async mayStand(manager: EntityManager, election: ElectionEntity, accountId: string): Promise<boolean> {
    if (!election.jurisdictionId) return false;
    const jurisdiction = await manager.findOneByOrFail(JurisdictionEntity, { id: election.jurisdictionId });
    return mayStandInCounty(await this.residents.find(manager, accountId), jurisdiction.code);
  }

  mayVote(manager: EntityManager, election: ElectionEntity, accountId: string): Promise<boolean> {
    if (!election.meetingId) return Promise.resolve(false);
    return this.votingRights.canVoteAt(election.meetingId, accountId, manager);
  }

  groupOf(): Promise<string | null> {
    return Promise.resolve(null);
  }
}

/** The electorate of an election, by its kind. */
@Injectable()
export class ElectorateRegistry {
  constructor(
    private readonly countyMeeting: CountyMeetingElectorate,
    private readonly countyDelegation: CountyDelegationElectorate,
    private readonly districtDelegates: DistrictDelegatesElectorate,
    private readonly council: CouncilElectorate,
  ) {}

  of(election: ElectionEntity): ElectionElectorate {
    switch (election.electorateKind) {
      case 'county-meeting':
        return this.countyMeeting;
      case 'county-delegation':
        return this.countyDelegation;
      case 'district-delegates':
        return this.districtDelegates;
      case 'council':
        return this.council;
    }
  }
}

import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { JurisdictionEntity, ResidentRepository, type ElectionEntity } from '@civic/assemblies-data-access';
import { mayStandInCounty } from '@civic/assemblies-domain';
import { MeetingVotingRightsService } from '../meetings/meeting-voting-rights.service';

/**
 * Who may stand and vote in an election. Each election names its electorate kind; body
 * elections (a delegation, the District Leadership Council, the Executive Committee) will
 * add their own kinds beside this one, and the election use cases stay as they are.
 */
export interface ElectionElectorate {
  mayStand(manager: EntityManager, election: ElectionEntity, accountId: string): Promise<boolean>;
  mayVote(manager: EntityManager, election: ElectionEntity, accountId: string): Promise<boolean>;
}

/** A county meeting's electorate: verified residents stand; residents checked in with a vote vote. */
@Injectable()
export class CountyMeetingElectorate implements ElectionElectorate {
  constructor(
    private readonly residents: ResidentRepository,
    private readonly votingRights: MeetingVotingRightsService,
  ) {}

  async mayStand(manager: EntityManager, election: ElectionEntity, accountId: string): Promise<boolean> {
    const jurisdiction = await manager.findOneByOrFail(JurisdictionEntity, { id: election.jurisdictionId });
    return mayStandInCounty(await this.residents.find(manager, accountId), jurisdiction.code);
  }

  mayVote(manager: EntityManager, election: ElectionEntity, accountId: string): Promise<boolean> {
    return this.votingRights.canVoteAt(election.meetingId, accountId, manager);
  }
}

/** The electorate of an election, by its kind. */
@Injectable()
export class ElectorateRegistry {
  constructor(private readonly countyMeeting: CountyMeetingElectorate) {}

  of(election: ElectionEntity): ElectionElectorate {
    switch (election.electorateKind) {
      case 'county-meeting':
        return this.countyMeeting;
    }
  }
}

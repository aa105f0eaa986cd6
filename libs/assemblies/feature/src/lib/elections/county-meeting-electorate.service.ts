import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { JurisdictionEntity, type ElectionEntity } from '@civic/assemblies-data-access';
import { ResidentRepository } from '@civic/data-access';
import { mayStandInCounty } from '@civic/assemblies-domain';
import { MeetingVotingRightsService } from '../meetings';
import type { ElectionElectorate } from './election-electorate';

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

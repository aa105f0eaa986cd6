import { Injectable } from '@nestjs/common';
import type { ElectionEntity } from '@civic/assemblies-data-access';
import { CouncilElectorate, CountyDelegationElectorate, DistrictDelegatesElectorate } from './body-electorates.service';
import { CountyMeetingElectorate } from './county-meeting-electorate.service';
import type { ElectionElectorate } from './election-electorate';

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

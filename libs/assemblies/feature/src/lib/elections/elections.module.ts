import { Module } from '@nestjs/common';
import { BodyRepository, ElectionBallotBoxRepository, ElectionRepository, JurisdictionRepository, SeatRepository } from '@civic/assemblies-data-access';
import { ResidencyReadModelModule } from '@civic/data-access';
import { BodiesModule } from '../bodies';
import { ConfigurationModule } from '../configuration';
import { MeetingsModule } from '../meetings';
import { SeatsModule } from '../seats';
import { BodyElectionCertifier } from './body-election-certifier.service';
import { CouncilElectorate, CountyDelegationElectorate, DistrictDelegatesElectorate } from './body-electorates.service';
import { CandidacyService } from './candidacy.service';
import { CastBallotService } from './cast-ballot.service';
import { CertifyElectionService } from './certify-election.service';
import { CountyMeetingElectorate } from './county-meeting-electorate.service';
import { CreateBodyElectionService } from './create-body-election.service';
import { CreateDelegateElectionService } from './create-delegate-election.service';
import { ElectionAdminResolver } from './election-admin.resolver';
import { ElectionBallotBoxService } from './election-ballot-box.service';
import { ElectionParticipationResolver } from './election-participation.resolver';
import { ElectionPhaseService } from './election-phase.service';
import { ElectionReader } from './election-reader.service';
import { BodyElectionsResolver, CountyMeetingElectionResolver, ElectionCandidateResolver, ElectionResolver } from './election.resolver';
import { ElectorateRegistry } from './electorate-registry.service';
import { PaperTotalsService } from './paper-totals.service';

/** Delegate elections at county meetings and the bodies' elections, one engine. */
@Module({
  imports: [MeetingsModule, ConfigurationModule, BodiesModule, SeatsModule, ResidencyReadModelModule],
  providers: [
    ElectionRepository,
    ElectionBallotBoxRepository,
    SeatRepository,
    JurisdictionRepository,
    BodyRepository,
    ElectionBallotBoxService,
    CountyMeetingElectorate,
    CountyDelegationElectorate,
    DistrictDelegatesElectorate,
    CouncilElectorate,
    ElectorateRegistry,
    BodyElectionCertifier,
    CreateDelegateElectionService,
    CreateBodyElectionService,
    CandidacyService,
    ElectionPhaseService,
    CastBallotService,
    PaperTotalsService,
    CertifyElectionService,
    ElectionReader,
    ElectionResolver,
    ElectionCandidateResolver,
    CountyMeetingElectionResolver,
    BodyElectionsResolver,
    ElectionAdminResolver,
    ElectionParticipationResolver,
  ],
})
export class ElectionsModule {}

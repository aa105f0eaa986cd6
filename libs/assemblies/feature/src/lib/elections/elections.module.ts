import { Module } from '@nestjs/common';
import { BodyRepository, ElectionBallotBoxRepository, ElectionRepository, JurisdictionRepository, SeatRepository } from '@civic/assemblies-data-access';
import { ResidencyReadModelModule } from '@civic/data-access';
import { BodiesModule } from '../bodies/bodies.module';
import { CountyMeetingsModule } from '../meetings/county-meetings.module';
import { SeatsModule } from '../seats/seats.module';
import { CandidacyService } from './candidacy.service';
import { CastBallotService } from './cast-ballot.service';
import { ElectionBallotBoxService } from './election-ballot-box.service';
import { BodyElectionCertifier } from './body-election-certifier.service';
import { CouncilElectorate, CountyDelegationElectorate, DistrictDelegatesElectorate } from './body-electorates.service';
import { CertifyElectionService } from './certify-election.service';
import { CreateBodyElectionService } from './create-body-election.service';
import { TermLimitCheck } from './term-limit-check.service';
import { CountyMeetingElectorate, ElectorateRegistry } from './county-meeting-electorate.service';
import { CreateDelegateElectionService } from './create-delegate-election.service';
import { ElectionPhaseService } from './election-phase.service';
import { ElectionReader } from './election-reader.service';
import { PaperTotalsService } from './paper-totals.service';

const useCases = [
  CreateDelegateElectionService,
  CreateBodyElectionService,
  CandidacyService,
  ElectionPhaseService,
  CastBallotService,
  PaperTotalsService,
  CertifyElectionService,
  ElectionReader,
];

/** Delegate elections at county meetings and the bodies' elections, one engine (resolvers are listed in assembliesResolvers). */
@Module({
  imports: [CountyMeetingsModule, SeatsModule, BodiesModule, ResidencyReadModelModule],
  providers: [
    ElectionRepository,
    ElectionBallotBoxRepository,
    ElectionBallotBoxService,
    SeatRepository,
    JurisdictionRepository,
    BodyRepository,
    CountyMeetingElectorate,
    CountyDelegationElectorate,
    DistrictDelegatesElectorate,
    CouncilElectorate,
    ElectorateRegistry,
    TermLimitCheck,
    BodyElectionCertifier,
    ...useCases,
  ],
  exports: useCases,
})
export class ElectionsModule {}

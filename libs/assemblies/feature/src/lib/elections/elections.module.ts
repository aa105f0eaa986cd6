import { Module } from '@nestjs/common';
import { ElectionRepository, JurisdictionRepository, ResidentRepository, SeatRepository } from '@civic/assemblies-data-access';
import { CountyMeetingsModule } from '../meetings/county-meetings.module';
import { SeatsModule } from '../seats/seats.module';
import { CandidacyService } from './candidacy.service';
import { CastBallotService } from './cast-ballot.service';
import { CertifyElectionService } from './certify-election.service';
import { CountyMeetingElectorate, ElectorateRegistry } from './county-meeting-electorate.service';
import { CreateDelegateElectionService } from './create-delegate-election.service';
import { ElectionPhaseService } from './election-phase.service';
import { ElectionReader } from './election-reader.service';
import { PaperTotalsService } from './paper-totals.service';

const useCases = [
  CreateDelegateElectionService,
  CandidacyService,
  ElectionPhaseService,
  CastBallotService,
  PaperTotalsService,
  CertifyElectionService,
  ElectionReader,
];

/** Delegate elections at county meetings (resolvers are listed in assembliesResolvers). */
@Module({
  imports: [CountyMeetingsModule, SeatsModule],
  providers: [ElectionRepository, SeatRepository, JurisdictionRepository, ResidentRepository, CountyMeetingElectorate, ElectorateRegistry, ...useCases],
  exports: useCases,
})
export class ElectionsModule {}

import { Module } from '@nestjs/common';
import { JurisdictionRepository } from '@civic/assemblies-data-access';
import { CongressResolver } from './jurisdictions/congress.resolver';
import { JurisdictionReader } from './jurisdictions/jurisdiction-reader.service';
import { JurisdictionResolver } from './jurisdictions/jurisdiction.resolver';
import { CheckInResolver } from './meetings/check-in.resolver';
import { CountyMeetingAdminResolver } from './meetings/county-meeting-admin.resolver';
import { CountyMeetingResolver } from './meetings/county-meeting.resolver';
import { CountyMeetingsModule } from './meetings/county-meetings.module';
import { ConfigurationResolver } from './configuration/configuration.resolver';
import {
  DelegatesResolver,
  JurisdictionSeatsResolver,
  SeatResolver,
  TenureResolver,
} from './representation/representation.resolver';
import { SeatsModule } from './seats/seats.module';
import { VacancyResolver } from './seats/vacancy.resolver';

export const assembliesResolvers = [
  CongressResolver,
  JurisdictionResolver,
  CountyMeetingResolver,
  CountyMeetingAdminResolver,
  CheckInResolver,
  ConfigurationResolver,
  VacancyResolver,
  JurisdictionSeatsResolver,
  SeatResolver,
  TenureResolver,
  DelegatesResolver,
];

@Module({
  imports: [CountyMeetingsModule, SeatsModule],
  providers: [JurisdictionRepository, JurisdictionReader, ...assembliesResolvers],
  exports: [CountyMeetingsModule],
})
export class AssembliesFeatureModule {}

import { Module } from '@nestjs/common';
import { JurisdictionRepository, SeatRepository } from '@civic/assemblies-data-access';
import { ConfigurationModule } from '../configuration';
import { RepresentationReader } from './representation-reader.service';
import { DelegatesResolver, JurisdictionSeatsResolver, SeatResolver, TenureResolver } from './representation.resolver';

/** Who represents each jurisdiction, and until when: the public reads of seats and tenures. */
@Module({
  imports: [ConfigurationModule],
  providers: [SeatRepository, JurisdictionRepository, RepresentationReader, JurisdictionSeatsResolver, SeatResolver, TenureResolver, DelegatesResolver],
})
export class RepresentationModule {}

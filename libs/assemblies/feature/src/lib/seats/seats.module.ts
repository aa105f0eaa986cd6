import { Module } from '@nestjs/common';
import { BodyRepository, ConfigurationRepository, JurisdictionRepository, SeatRepository } from '@civic/assemblies-data-access';
import { ConfigurationReader } from '../configuration/configuration-reader.service';
import { ConfigurationUpdateService } from '../configuration/configuration-update.service';
import { AddJurisdictionService } from '../configuration/add-jurisdiction.service';
import { RemoveJurisdictionService } from '../configuration/remove-jurisdiction.service';
import { RenameTierService } from '../configuration/rename-tier.service';
import { UpdateJurisdictionService } from '../configuration/update-jurisdiction.service';
import { RepresentationReader } from '../representation/representation-reader.service';
import { DelegateAppointmentService } from './delegate-appointment.service';
import { TenureEndingService } from './tenure-ending.service';
import { TermExtensionService } from './term-extension.service';

/** Configuration (tier names and the jurisdiction tree included), seats, tenures and their public reading (resolvers are listed in assembliesResolvers). */
@Module({
  providers: [
    ConfigurationRepository,
    JurisdictionRepository,
    SeatRepository,
    BodyRepository,
    ConfigurationReader,
    ConfigurationUpdateService,
    RepresentationReader,
    TenureEndingService,
    DelegateAppointmentService,
    TermExtensionService,
    RenameTierService,
    AddJurisdictionService,
    UpdateJurisdictionService,
    RemoveJurisdictionService,
  ],
  exports: [
    ConfigurationReader,
    ConfigurationUpdateService,
    RepresentationReader,
    TenureEndingService,
    DelegateAppointmentService,
    TermExtensionService,
    RenameTierService,
    AddJurisdictionService,
    UpdateJurisdictionService,
    RemoveJurisdictionService,
  ],
})
export class SeatsModule {}

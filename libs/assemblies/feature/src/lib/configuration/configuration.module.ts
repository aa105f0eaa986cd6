import { Module } from '@nestjs/common';
import { BodyRepository, ConfigurationRepository, JurisdictionRepository, SeatRepository } from '@civic/assemblies-data-access';
import { ConfirmationModule } from '@civic/data-access';
import { AddJurisdictionService } from './add-jurisdiction.service';
import { ConfigurationReader } from './configuration-reader.service';
import { ConfigurationUpdateService } from './configuration-update.service';
import { ConfigurationResolver } from './configuration.resolver';
import { JurisdictionAdminResolver } from './jurisdiction-admin.resolver';
import { RemoveJurisdictionService } from './remove-jurisdiction.service';
import { RenameTierService } from './rename-tier.service';
import { UpdateJurisdictionService } from './update-jurisdiction.service';

/**
 * The congress configuration (seat plan, term limit, calendar) and the staff edits of the
 * tier names and the jurisdiction tree, all recorded in one history. `ConfigurationReader`
 * is exported for the areas that read the configuration (seats, representation, elections).
 */
@Module({
  imports: [ConfirmationModule],
  providers: [
    ConfigurationRepository,
    JurisdictionRepository,
    SeatRepository,
    BodyRepository,
    ConfigurationReader,
    ConfigurationUpdateService,
    RenameTierService,
    AddJurisdictionService,
    UpdateJurisdictionService,
    RemoveJurisdictionService,
    ConfigurationResolver,
    JurisdictionAdminResolver,
  ],
  exports: [ConfigurationReader],
})
export class ConfigurationModule {}

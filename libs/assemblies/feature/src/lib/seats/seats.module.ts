import { Module } from '@nestjs/common';
import { BodyRepository, ConfigurationRepository, SeatRepository } from '@civic/assemblies-data-access';
import { ConfirmationModule, ResidencyReadModelModule } from '@civic/data-access';
import { ConfigurationModule } from '../configuration';
import { DelegateAppointmentService } from './delegate-appointment.service';
import { TenureEndingService } from './tenure-ending.service';
import { TermExtensionService } from './term-extension.service';
import { TermLimitCheck } from './term-limit-check.service';
import { VacancyResolver } from './vacancy.resolver';

/** Seats and tenures: resignations, removals, appointments to vacant seats and term extensions (who holds which seat is representation's to read). */
@Module({
  imports: [ConfigurationModule, ResidencyReadModelModule, ConfirmationModule],
  providers: [
    SeatRepository,
    BodyRepository,
    ConfigurationRepository,
    TermLimitCheck,
    TenureEndingService,
    DelegateAppointmentService,
    TermExtensionService,
    VacancyResolver,
  ],
  exports: [TermLimitCheck],
})
export class SeatsModule {}

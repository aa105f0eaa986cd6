import { Module } from '@nestjs/common';
import { ConfirmationGate } from './confirmation-gate';
import { PendingConfirmationRepository } from './pending-confirmation.repository';

/**
 * The two-person rule of congress-wide destructive operations: provides `ConfirmationGate`
 * and `PendingConfirmationRepository` (for a list of open requests). Needs the app's
 * TypeOrmModule and `PendingConfirmationEntity` in the service's datasource, with its table
 * (`createPendingConfirmationTable`) in the service's schema.
 */
@Module({
  providers: [PendingConfirmationRepository, ConfirmationGate],
  exports: [PendingConfirmationRepository, ConfirmationGate],
})
export class ConfirmationModule {}

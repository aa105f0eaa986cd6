import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts';
import { VoterRollImportService } from './voter-roll-import.service';
import { VoterRollResolver } from './voter-roll.resolver';

/** Voter-roll imports: residencies verified in bulk, and the reports kept for staff. */
@Module({
  imports: [AccountsModule],
  providers: [VoterRollImportService, VoterRollResolver],
})
export class VoterRollModule {}

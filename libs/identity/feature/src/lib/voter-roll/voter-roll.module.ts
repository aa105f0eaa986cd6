import { Module } from '@nestjs/common';
import { VoterRollRepository } from '@civic/identity-data-access';
import { AccountsModule } from '../accounts';
import { LimitsModule } from '../limits';
import { VoterCodeService } from './voter-code.service';
import { VoterRollImportService } from './voter-roll-import.service';
import { VoterRollResolver } from './voter-roll.resolver';

/** The voter roll: imported entries, the voter codes staff issue for them, and claiming one as an account's residency. */
@Module({
  imports: [AccountsModule, LimitsModule],
  providers: [VoterRollRepository, VoterRollImportService, VoterCodeService, VoterRollResolver],
})
export class VoterRollModule {}

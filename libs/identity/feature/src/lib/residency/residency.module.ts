import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts';
import { AccountResidencyResolver } from './account-residency.resolver';
import { ResidencyResolver } from './residency.resolver';
import { RevokeResidencyService } from './revoke-residency.service';
import { VerifyResidencyService } from './verify-residency.service';

/** Where people live: an account's residency, shown to whom may see it; staff verify and revoke it, each change committing with its event in the outbox. */
@Module({
  imports: [AccountsModule],
  providers: [VerifyResidencyService, RevokeResidencyService, ResidencyResolver, AccountResidencyResolver],
})
export class ResidencyModule {}

import { Module } from '@nestjs/common';
import { AccountTokenRepository } from '@civic/identity-data-access';
import { AccountsModule } from '../accounts';
import { LimitsModule } from '../limits';
import { MailModule } from '../mail';
import { AccountTokens } from './account-tokens.service';
import { EmailVerificationService } from './email-verification.service';
import { VerificationResolver } from './verification.resolver';

/** Single-use tokens sent by mail (email verification, password reset) and verifying an email address. */
@Module({
  imports: [AccountsModule, LimitsModule, MailModule],
  providers: [AccountTokenRepository, AccountTokens, EmailVerificationService, VerificationResolver],
  exports: [AccountTokens],
})
export class VerificationModule {}

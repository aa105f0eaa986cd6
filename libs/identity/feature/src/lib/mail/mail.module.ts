import { Module } from '@nestjs/common';
import { AccountMailer } from './account-mail.service';

/** Mail to account holders, through identity's mail outbox (sent by the worker's identity.send-mail job). */
@Module({
  providers: [AccountMailer],
  exports: [AccountMailer],
})
export class MailModule {}

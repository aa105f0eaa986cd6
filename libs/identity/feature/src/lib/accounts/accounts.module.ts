import { Module } from '@nestjs/common';
import { AccountRepository } from '@civic/identity-data-access';
import { AccountDirectoryService } from './account-directory.service';
import { AccountResolver } from './account.resolver';

/** Accounts and their reading (the caller's own, one by id, a page for staff); other areas change them through AccountRepository. */
@Module({
  providers: [AccountRepository, AccountDirectoryService, AccountResolver],
  exports: [AccountRepository, AccountDirectoryService],
})
export class AccountsModule {}

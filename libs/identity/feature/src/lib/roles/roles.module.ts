import { Module } from '@nestjs/common';
import { RoleChangeRepository } from '@civic/identity-data-access';
import { AccountsModule } from '../accounts';
import { RoleChangeService } from './role-change.service';
import { RoleHistoryService } from './role-history.service';
import { RolesResolver } from './roles.resolver';

/** Roles with a scope: admins grant and revoke them (a clerk's with counties), every change kept in an append-only history. */
@Module({
  imports: [AccountsModule],
  providers: [RoleChangeRepository, RoleChangeService, RoleHistoryService, RolesResolver],
})
export class RolesModule {}

export { AccountsModule } from './accounts.module';
export { AccountResolver } from './account.resolver';
export { AccountType } from './account.type';
export { AccountRole, Language, ResidencyStatus } from './accounts.enums';
export { maySeePrivate, maySeeResidency, maySeeRoles, toAccountView, type AccountView } from './account-view';
export { AccountDirectoryService } from './account-directory.service';

export { RolesModule } from './roles.module';
export { RolesResolver } from './roles.resolver';
export { GrantableRole, RoleChangeAction } from './roles.enums';

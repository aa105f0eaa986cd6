import { registerEnumType } from '@nestjs/graphql';

/** The roles an admin grants and revokes (resident is every account's). */
export const GrantableRole = { CLERK: 'clerk', STAFF: 'staff', BOARD: 'board', OBSERVER: 'observer', ADMIN: 'admin' } as const;
registerEnumType(GrantableRole, {
  name: 'GrantableRole',
  description:
    'Roles an admin grants and revokes: CLERK (a county clerk, for the counties named), STAFF (agency staff, congress-wide), BOARD (a board member), ' +
    'OBSERVER (reads staff views, changes nothing), ADMIN (grants and revokes roles).',
});

export const RoleChangeAction = { GRANT: 'grant', REVOKE: 'revoke' } as const;
registerEnumType(RoleChangeAction, { name: 'RoleChangeAction' });

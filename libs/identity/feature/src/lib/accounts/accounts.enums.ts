import { registerEnumType } from '@nestjs/graphql';

/** GraphQL enum names are identifiers; the values are the contract strings. */
export const AccountRole = { RESIDENT: 'resident', CLERK: 'clerk', STAFF: 'staff', BOARD: 'board', OBSERVER: 'observer', ADMIN: 'admin' } as const;
registerEnumType(AccountRole, {
  name: 'AccountRole',
  description:
    'Platform roles carried in access tokens: RESIDENT (every account), CLERK (a county clerk: the counties of the grant only), STAFF (agency staff, congress-wide), ' +
    'BOARD (records the board’s responses), OBSERVER (reads staff views, changes nothing), ADMIN (grants and revokes roles).',
});

/** Accounts are filtered by it; the Residency type (residency area) shows it. */
export const ResidencyStatus = { UNVERIFIED: 'unverified', VERIFIED: 'verified', REVOKED: 'revoked' } as const;
registerEnumType(ResidencyStatus, { name: 'ResidencyStatus' });

/** The language of an account's mails. */
export const Language = { EN: 'en', ES: 'es' } as const;
registerEnumType(Language, { name: 'Language', description: 'The language of mails to an account: English or Spanish.' });

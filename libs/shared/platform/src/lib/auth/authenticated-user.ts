import type { Role } from '@civic/contracts';

/** The verified caller, as read from an access token. */
export interface AuthenticatedUser {
  accountId: string;
  roles: readonly Role[];
  /** The token's id, for sign-out and audit. */
  tokenId: string | undefined;
}

export function hasAnyRole(user: AuthenticatedUser, roles: readonly Role[]): boolean {
  return user.roles.some((role) => roles.includes(role));
}

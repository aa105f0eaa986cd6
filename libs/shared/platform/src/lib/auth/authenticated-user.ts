import type { Role } from '@civic/contracts';

/** The verified caller, as read from an access token. */
export interface AuthenticatedUser {
  accountId: string;
  roles: readonly Role[];
  /** The token's id, for sign-out and audit. */
  tokenId: string | undefined;
  /** The account's public display name (the `name` claim), when the token carries one. */
  displayName?: string;
}

export function hasAnyRole(user: AuthenticatedUser, roles: readonly Role[]): boolean {
  return user.roles.some((role) => roles.includes(role));
}

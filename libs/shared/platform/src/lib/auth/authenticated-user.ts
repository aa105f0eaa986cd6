import { ErrorCode, type Role } from '@civic/contracts';
import { DomainError } from '@civic/util';

/** The verified caller, as read from an access token. */
export interface AuthenticatedUser {
  accountId: string;
  roles: readonly Role[];
  /** The token's id, for sign-out and audit. */
  tokenId: string | undefined;
  /** The account's public display name (the `name` claim), when the token carries one. */
  displayName?: string;
  /** The counties a clerk serves (the `clerkOf` claim); empty for everyone else. */
  clerkOf?: readonly string[];
}

export function hasAnyRole(user: AuthenticatedUser, roles: readonly Role[]): boolean {
  return user.roles.some((role) => roles.includes(role));
}

/** Roles that act in every county: agency staff and admins. */
const CONGRESS_WIDE: readonly Role[] = ['staff', 'admin'];

/** Whether the caller runs some county's operations: congress-wide staff, or a clerk of at least one county (the guard of RequireCountyAccess). */
export function mayActInSomeCounty(user: AuthenticatedUser): boolean {
  return hasAnyRole(user, CONGRESS_WIDE) || (user.roles.includes('clerk') && (user.clerkOf ?? []).length > 0);
}

/** Whether the caller may run this county's operations: congress-wide staff, or a clerk of that county. */
export function mayActInCounty(user: AuthenticatedUser, countyCode: string): boolean {
  if (hasAnyRole(user, CONGRESS_WIDE)) return true;
  return user.roles.includes('clerk') && (user.clerkOf ?? []).includes(countyCode);
}

/**
 * FORBIDDEN (naming the county) unless the caller may run this county's operations — or,
 * for a read of a staff view (`{ read: true }`), is an observer.
 */
export function requireCountyAccess(user: AuthenticatedUser, countyCode: string, options: { read?: boolean } = {}): void {
  if (options.read && user.roles.includes('observer')) return;
  if (!mayActInCounty(user, countyCode)) {
    throw new DomainError(ErrorCode.FORBIDDEN, `Only agency staff or a clerk of county ${countyCode} may do this there.`, { countyCode });
  }
}

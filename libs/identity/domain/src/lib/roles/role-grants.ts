import { ErrorCode, ROLES, type Role } from '@civic/contracts';
import { badInput, DomainError, requiredText } from '@civic/util';
import { isValidJurisdictionCode } from '../residency';

/** Roles an admin grants and revokes; `resident` is every account's and is never granted. */
export const GRANTABLE_ROLES = ['clerk', 'staff', 'board', 'observer', 'admin'] as const satisfies readonly Role[];
export type GrantableRole = (typeof GRANTABLE_ROLES)[number];

export function isGrantableRole(value: unknown): value is GrantableRole {
  return typeof value === 'string' && (GRANTABLE_ROLES as readonly string[]).includes(value);
}

export const MAX_ROLE_CHANGE_REASON_LENGTH = 500;
/** More counties than a congress has would be a mistake; Wisconsin has 72. */
export const MAX_CLERK_COUNTIES = 100;

/** What an account holds: its roles and, for a clerk, the counties (jurisdiction codes) it serves. */
export interface RoleHolding {
  roles: readonly Role[];
  clerkOf: readonly string[];
}

export interface RoleChangeRequest {
  role: string;
  counties?: readonly string[] | null;
  reason: string | null | undefined;
}

export interface CheckedRoleChange {
  role: GrantableRole;
  /** Normalized (trimmed, upper-case), distinct and sorted; empty for roles other than clerk. */
  counties: string[];
  reason: string;
}

/**
 * Checks a grant or revoke: a grantable role; a reason (1..500 characters); counties only for
 * the clerk role, well-formed jurisdiction codes (identity does not know which exist), at
 * least one in a clerk grant.
 */
export function checkRoleChange(request: RoleChangeRequest, action: RoleChangeAction): CheckedRoleChange {
  if (!isGrantableRole(request.role)) {
    throw badInput('role', `role must be one of ${GRANTABLE_ROLES.join(', ')}`, { allowed: GRANTABLE_ROLES });
  }
  const reason = requiredText(request.reason, 'reason', MAX_ROLE_CHANGE_REASON_LENGTH);
  const raw = request.counties ?? [];
  if (request.role !== 'clerk') {
    if (raw.length > 0) throw badInput('counties', 'counties are named only for the clerk role');
    return { role: request.role, counties: [], reason };
  }
  if (action === 'grant' && raw.length === 0) throw badInput('counties', 'a clerk grant names at least one county');
  if (raw.length > MAX_CLERK_COUNTIES) throw badInput('counties', `at most ${MAX_CLERK_COUNTIES} counties`, { max: MAX_CLERK_COUNTIES });
  const counties = [...new Set(raw.map((code) => code.trim().toUpperCase()))].sort();
  const malformed = counties.filter((code) => !isValidJurisdictionCode(code));
  if (malformed.length > 0) throw badInput('counties', `not a jurisdiction code: ${malformed.join(', ')}`, { invalid: malformed });
  return { role: request.role, counties, reason };
}

export type RoleChangeAction = 'grant' | 'revoke';

export type RoleChangeOutcome =
  /** Nothing changes (the role, and every county named, is already held); nothing is recorded. */
  | { kind: 'unchanged' }
  /** The new holding, and the counties this change added or removed (recorded in the history). */
  | { kind: 'changed'; holding: RoleHolding; counties: string[] };

/** Grants a role; a clerk grant adds its counties to those the clerk already serves. */
export function grantRole(current: RoleHolding, change: CheckedRoleChange): RoleChangeOutcome {
  const holds = current.roles.includes(change.role);
  if (change.role !== 'clerk') {
    return holds
      ? { kind: 'unchanged' }
      : { kind: 'changed', holding: { roles: ordered([...current.roles, change.role]), clerkOf: [...current.clerkOf] }, counties: [] };
  }
  const served = holds ? current.clerkOf : [];
  const added = change.counties.filter((code) => !served.includes(code));
  if (holds && added.length === 0) return { kind: 'unchanged' };
  return {
    kind: 'changed',
    holding: { roles: ordered([...current.roles, 'clerk']), clerkOf: [...new Set([...served, ...added])].sort() },
    counties: added,
  };
}

/**
 * Revokes a role. A clerk revoke naming counties removes those (the role goes with the last
 * one); without counties the role and all its counties go. CONFLICT when the account does not
 * hold what is revoked, or when it would leave the congress without an admin (`adminCount`:
 * accounts holding admin now, this one included) — nobody could grant roles any more.
 */
export function revokeRole(current: RoleHolding, change: CheckedRoleChange, adminCount: number): RoleChangeOutcome {
  if (!current.roles.includes(change.role)) {
    throw new DomainError(ErrorCode.CONFLICT, `This account does not hold the ${change.role} role.`, { role: change.role });
  }
  if (change.role === 'admin' && adminCount <= 1) {
    throw new DomainError(ErrorCode.CONFLICT, 'This is the last admin: grant admin to someone else first.', { reason: 'last-admin' });
  }
  if (change.role === 'clerk' && change.counties.length > 0) {
    const notServed = change.counties.filter((code) => !current.clerkOf.includes(code));
    if (notServed.length > 0) {
      throw new DomainError(ErrorCode.CONFLICT, `This clerk does not serve ${notServed.join(', ')}.`, { counties: notServed });
    }
    const remaining = current.clerkOf.filter((code) => !change.counties.includes(code));
    if (remaining.length > 0) return { kind: 'changed', holding: { roles: [...current.roles], clerkOf: remaining }, counties: change.counties };
  }
  const removed = change.role === 'clerk' ? [...current.clerkOf] : [];
  const roles = current.roles.filter((role) => role !== change.role);
  return {
    kind: 'changed',
    holding: { roles: roles.length > 0 ? roles : ['resident'], clerkOf: change.role === 'clerk' ? [] : [...current.clerkOf] },
    counties: removed,
  };
}

/** Distinct roles in the order of ROLES, so that stored arrays compare and print alike. */
function ordered(roles: readonly Role[]): Role[] {
  return ROLES.filter((role) => roles.includes(role));
}

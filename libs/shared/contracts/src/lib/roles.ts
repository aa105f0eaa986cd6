/**
 * Platform roles carried in access tokens, granted and revoked by an admin (identity keeps
 * the history). Delegate and committee roles are not account roles: they come from the
 * assemblies service (seats and memberships).
 *
 * - resident: every account; votes, submits and comments as the rules allow.
 * - clerk: a county clerk, staff of the counties named in the grant only (the token's
 *   `clerkOf` claim): county meetings, check-in, paper ballots and their totals, the
 *   delegate election, residency verification there.
 * - staff: agency staff, congress-wide: the resolution pipeline, questionnaires, roll calls,
 *   bodies, configuration, and any county's operations; congress-wide destructive operations
 *   (extending every term, the seat plan, publishing a pipeline) only with a second staff
 *   member's confirmation (the two-person rule, CONFIRMATION_REQUIRED until then).
 * - board: a member of the government board, who records the board's responses.
 * - observer: reads the staff views (queues, paper totals, audit logs), changes nothing.
 * - admin: everything staff may do, plus granting and revoking roles and congress-wide
 *   destructive operations without a second person.
 */
export const ROLES = ['resident', 'clerk', 'staff', 'board', 'observer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** The access-token claim that lists the counties (jurisdiction codes) a clerk serves. */
export const CLERK_OF_CLAIM = 'clerkOf';

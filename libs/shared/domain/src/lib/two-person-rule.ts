import type { Role } from '@civic/contracts';

/**
 * How long a staff member's request for a congress-wide destructive operation waits for a
 * second person: a day, long enough to reach a colleague, short enough that a confirmation
 * is about the situation the first person saw. Asking again renews it.
 */
export const CONFIRMATION_VALIDITY_MS = 24 * 60 * 60 * 1000;

/** Who calls a guarded operation. */
export interface ConfirmationCaller {
  accountId: string;
  roles: readonly Role[];
}

/** A request for the same operation with the same input, not yet confirmed. */
export interface OpenConfirmationRequest {
  id: string;
  requestedBy: string;
  requestedAt: Date;
  expiresAt: Date;
}

/**
 * - `proceed`: an admin runs the operation at once;
 * - `confirm`: staff run it, confirming another person's request (`request`);
 * - `request`: staff may not run it alone: their request is recorded (or renewed) and the
 *   call refused;
 * - `forbidden`: neither staff nor admin.
 *
 * When the operation runs, every open request in `open` is spent with it (`consumes`), so
 * one pair of people confirms one run.
 */
export type ConfirmationDecision =
  | { kind: 'proceed'; consumes: readonly OpenConfirmationRequest[] }
  | { kind: 'confirm'; request: OpenConfirmationRequest; consumes: readonly OpenConfirmationRequest[] }
  | { kind: 'request' }
  | { kind: 'forbidden' };

/**
 * The two-person rule of congress-wide destructive operations (extending every term,
 * changing the seat plan, publishing a pipeline): an admin proceeds; a staff member proceeds
 * only when a different person asked for exactly the same operation and input within the
 * validity window. The same person asking twice never confirms their own request.
 * `open` are the requests for this operation and input (any requester, any age).
 */
export function decideConfirmation(caller: ConfirmationCaller, open: readonly OpenConfirmationRequest[], now: Date): ConfirmationDecision {
  const valid = open.filter((request) => request.expiresAt.getTime() > now.getTime() && request.requestedAt.getTime() <= now.getTime());
  if (caller.roles.includes('admin')) return { kind: 'proceed', consumes: valid };
  if (!caller.roles.includes('staff')) return { kind: 'forbidden' };
  const others = valid.filter((request) => request.requestedBy !== caller.accountId).sort((a, b) => a.requestedAt.getTime() - b.requestedAt.getTime());
  const [first] = others;
  return first ? { kind: 'confirm', request: first, consumes: valid } : { kind: 'request' };
}

/** When a request made now stops being confirmable. */
export function confirmationExpiry(now: Date): Date {
  return new Date(now.getTime() + CONFIRMATION_VALIDITY_MS);
}

/**
 * JSON with object keys sorted at every depth and `undefined` members left out, so that two
 * requests with the same input compare equal however their fields were ordered.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(canonical(value));
}

function canonical(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((item) => (item === undefined ? null : canonical(item)));
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const member = (value as Record<string, unknown>)[key];
    if (member !== undefined) sorted[key] = canonical(member);
  }
  return sorted;
}

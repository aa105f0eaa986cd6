/** Why a tenure ended before (or at) its term end. */
export type TenureEndReason = 'resigned' | 'removed' | 'extended' | 'term-completed';

export const MAX_REASON_LENGTH = 1000;

/** A recorded reason must say something and stay readable. */
export function validateReason(reason: string, field = 'reason'): string[] {
  const trimmed = reason.trim();
  if (trimmed.length === 0) return [`${field} must not be empty`];
  if (trimmed.length > MAX_REASON_LENGTH) return [`${field} must be at most ${MAX_REASON_LENGTH} characters`];
  return [];
}

/**
 * Who may end a tenure early: staff for either reason; the delegate themself may resign
 * but not remove themself.
 */
export function mayEndTenure(reason: 'resigned' | 'removed', caller: { accountId: string; isStaff: boolean }, holderAccountId: string): boolean {
  if (caller.isStaff) return true;
  return reason === 'resigned' && caller.accountId === holderAccountId;
}

export const MAX_DISPLAY_NAME_LENGTH = 200;

export function validateDisplayName(displayName: string): string[] {
  const trimmed = displayName.trim();
  if (trimmed.length === 0) return ['displayName must not be empty'];
  if (trimmed.length > MAX_DISPLAY_NAME_LENGTH) return [`displayName must be at most ${MAX_DISPLAY_NAME_LENGTH} characters`];
  return [];
}

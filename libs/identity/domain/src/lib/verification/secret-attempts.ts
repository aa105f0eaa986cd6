/**
 * The life of a single-use secret (an account token or a voter code): it expires, it is
 * used once, and wrong tries count against it until it locks. These rules decide what one
 * attempt does; the caller stores the result under a row lock.
 */
export const MAX_SECRET_ATTEMPTS = 5;
export const EMAIL_VERIFICATION_TTL_MS = 48 * 3_600_000;
export const PASSWORD_RESET_TTL_MS = 3_600_000;
export const VOTER_CODE_TTL_MS = 90 * 24 * 3_600_000;

export interface SecretState {
  expiresAt: Date;
  usedAt: Date | null;
  /** Superseded by a newer secret, or otherwise withdrawn. */
  revokedAt: Date | null;
  failedAttempts: number;
}

export type AttemptOutcome =
  | { kind: 'accepted' }
  /** A wrong secret: counted; `locked` when this try used up the last attempt. */
  | { kind: 'wrong'; failedAttempts: number; attemptsLeft: number; locked: boolean }
  | { kind: 'expired' }
  | { kind: 'used' }
  | { kind: 'locked' }
  | { kind: 'revoked' };

export function isSecretLocked(state: SecretState, maxAttempts = MAX_SECRET_ATTEMPTS): boolean {
  return state.failedAttempts >= maxAttempts;
}

/**
 * One try. A used, revoked or locked secret refuses even the right value (so a lock cannot
 * be beaten by guessing on), and so does an expired one; only then does the value matter.
 */
export function attemptSecret(state: SecretState, matches: boolean, now: Date, maxAttempts = MAX_SECRET_ATTEMPTS): AttemptOutcome {
  if (state.usedAt) return { kind: 'used' };
  if (state.revokedAt) return { kind: 'revoked' };
  if (isSecretLocked(state, maxAttempts)) return { kind: 'locked' };
  if (state.expiresAt.getTime() <= now.getTime()) return { kind: 'expired' };
  if (matches) return { kind: 'accepted' };
  const failedAttempts = state.failedAttempts + 1;
  return { kind: 'wrong', failedAttempts, attemptsLeft: Math.max(0, maxAttempts - failedAttempts), locked: failedAttempts >= maxAttempts };
}

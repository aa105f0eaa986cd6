/**
 * Lockout after repeated failed sign-ins. The state lives on the account; these rules
 * decide how it changes. After the lock expires the counter starts again from zero.
 */
export interface LockoutPolicy {
  /** Failed attempts in a row that lock the account. */
  maxFailedAttempts: number;
  /** How long the account stays locked. */
  lockDurationMs: number;
}

export const DEFAULT_LOCKOUT_POLICY: LockoutPolicy = { maxFailedAttempts: 5, lockDurationMs: 15 * 60_000 };

export interface LockoutState {
  failedSignInCount: number;
  lockedUntil: Date | null;
}

export function isLocked(state: LockoutState, now: Date): boolean {
  return state.lockedUntil !== null && state.lockedUntil.getTime() > now.getTime();
}

/** The state after a failed attempt: counts it, and locks when the limit is reached. */
export function afterFailedSignIn(state: LockoutState, policy: LockoutPolicy, now: Date): LockoutState {
  // A lock that has run out gives a fresh start rather than re-locking on the next slip.
  const previous = state.lockedUntil !== null && !isLocked(state, now) ? 0 : state.failedSignInCount;
  const failedSignInCount = previous + 1;
  if (failedSignInCount >= policy.maxFailedAttempts) {
    return { failedSignInCount, lockedUntil: new Date(now.getTime() + policy.lockDurationMs) };
  }
  return { failedSignInCount, lockedUntil: state.lockedUntil !== null && isLocked(state, now) ? state.lockedUntil : null };
}

export function afterSuccessfulSignIn(): LockoutState {
  return { failedSignInCount: 0, lockedUntil: null };
}

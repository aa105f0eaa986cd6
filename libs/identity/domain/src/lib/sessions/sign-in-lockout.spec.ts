import { afterFailedSignIn, afterSuccessfulSignIn, isLocked, type LockoutPolicy, type LockoutState } from './sign-in-lockout';

const policy: LockoutPolicy = { maxFailedAttempts: 5, lockDurationMs: 15 * 60_000 };
const start = new Date('2026-04-13T18:00:00Z');
const fresh: LockoutState = { failedSignInCount: 0, lockedUntil: null };

function fail(times: number, state = fresh, now = start): LockoutState {
  let current = state;
  for (let i = 0; i < times; i += 1) current = afterFailedSignIn(current, policy, now);
  return current;
}

describe('sign-in lockout', () => {
  it('does not lock before the limit', () => {
    const state = fail(4);
    expect(state.failedSignInCount).toBe(4);
    expect(isLocked(state, start)).toBe(false);
  });

  it('locks for the configured duration at the limit', () => {
    const state = fail(5);
    expect(isLocked(state, start)).toBe(true);
    expect(state.lockedUntil).toEqual(new Date(start.getTime() + policy.lockDurationMs));
    expect(isLocked(state, new Date(start.getTime() + policy.lockDurationMs - 1))).toBe(true);
    expect(isLocked(state, new Date(start.getTime() + policy.lockDurationMs))).toBe(false);
  });

  it('starts counting again once the lock has run out', () => {
    const later = new Date(start.getTime() + policy.lockDurationMs + 1);
    const state = afterFailedSignIn(fail(5), policy, later);
    expect(state).toEqual({ failedSignInCount: 1, lockedUntil: null });
  });

  it('a success clears the counter', () => {
    expect(afterSuccessfulSignIn()).toEqual(fresh);
  });
});

import { attemptSecret, MAX_SECRET_ATTEMPTS, type SecretState } from './secret-attempts';

const now = new Date('2027-03-01T12:00:00Z');
const live = (overrides: Partial<SecretState> = {}): SecretState => ({
  expiresAt: new Date(now.getTime() + 60_000),
  usedAt: null,
  revokedAt: null,
  failedAttempts: 0,
  ...overrides,
});

describe('attemptSecret', () => {
  it('accepts the right secret while it is live', () => {
    expect(attemptSecret(live(), true, now)).toEqual({ kind: 'accepted' });
  });

  it('counts wrong tries and locks on the fifth', () => {
    let state = live();
    const outcomes = [];
    for (let attempt = 1; attempt <= MAX_SECRET_ATTEMPTS; attempt += 1) {
      const outcome = attemptSecret(state, false, now);
      outcomes.push(outcome);
      if (outcome.kind === 'wrong') state = { ...state, failedAttempts: outcome.failedAttempts };
    }
    expect(outcomes.map((outcome) => (outcome.kind === 'wrong' ? [outcome.attemptsLeft, outcome.locked] : outcome.kind))).toEqual([
      [4, false],
      [3, false],
      [2, false],
      [1, false],
      [0, true],
    ]);
    // Once locked, even the right secret is refused.
    expect(attemptSecret(state, true, now)).toEqual({ kind: 'locked' });
  });

  it('refuses an expired, a used and a revoked secret, right or wrong', () => {
    for (const matches of [true, false]) {
      expect(attemptSecret(live({ expiresAt: now }), matches, now).kind).toBe('expired');
      expect(attemptSecret(live({ usedAt: now }), matches, now).kind).toBe('used');
      expect(attemptSecret(live({ revokedAt: now }), matches, now).kind).toBe('revoked');
    }
  });
});

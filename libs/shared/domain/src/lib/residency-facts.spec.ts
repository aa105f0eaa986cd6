import { residencyFactOutcome, type KnownResidency } from './residency-facts';

const known: KnownResidency = { accountId: 'a', jurisdictionCode: '55025', verified: true, effectiveAt: new Date('2026-02-01T00:00:00Z') };
const fact = (kind: 'verified' | 'revoked', jurisdictionCode: string, at: string) => ({ kind, accountId: 'a', jurisdictionCode, at: new Date(at) });

describe('residencyFactOutcome', () => {
  it('applies the first fact and any newer one', () => {
    expect(residencyFactOutcome(null, fact('revoked', '55025', '2026-01-01T00:00:00Z'))).toBe('apply');
    expect(residencyFactOutcome(known, fact('verified', '55079', '2026-03-01T00:00:00Z'))).toBe('apply');
    expect(residencyFactOutcome(known, fact('revoked', '55025', '2026-03-01T00:00:00Z'))).toBe('apply');
  });

  it('ignores facts as old as or older than what is known', () => {
    expect(residencyFactOutcome(known, fact('verified', '55079', '2026-02-01T00:00:00Z'))).toBe('stale');
    expect(residencyFactOutcome(known, fact('revoked', '55025', '2026-01-01T00:00:00Z'))).toBe('stale');
  });

  it('ignores a revocation of a county the person has since left', () => {
    expect(residencyFactOutcome(known, fact('revoked', '55079', '2026-03-01T00:00:00Z'))).toBe('other-jurisdiction');
  });

  it('refuses a fact about someone else or without a valid time', () => {
    expect(() => residencyFactOutcome(known, { ...fact('verified', '55025', '2026-03-01T00:00:00Z'), accountId: 'b' })).toThrow();
    expect(() => residencyFactOutcome(null, fact('verified', '55025', 'not a time'))).toThrow();
  });
});

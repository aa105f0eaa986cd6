import fc from 'fast-check';
import { canReadEligibility, decideEligibility, type Eligibility, type ResidencyFact } from './eligibility';

const accountId = '6f1c1b0e-3b6f-4c55-9a37-1d2f0c7e9a10';
const at = (iso: string) => new Date(iso);

function verified(jurisdictionCode: string, when: string): ResidencyFact {
  return { kind: 'verified', accountId, jurisdictionCode, method: 'staff-in-person', at: at(when) };
}
function revoked(jurisdictionCode: string, when: string): ResidencyFact {
  return { kind: 'revoked', accountId, jurisdictionCode, at: at(when) };
}

/** Applies facts in arrival order, as the consumer does. */
function replay(facts: readonly ResidencyFact[]): Eligibility | null {
  let state: Eligibility | null = null;
  for (const fact of facts) {
    const decision = decideEligibility(state, fact);
    if (decision.kind === 'apply') state = decision.next;
  }
  return state;
}

describe('decideEligibility', () => {
  it('makes a first verification eligible in its jurisdiction', () => {
    const decision = decideEligibility(null, verified('55025', '2025-01-01T10:00:00Z'));
    expect(decision).toEqual({
      kind: 'apply',
      next: {
        accountId,
        jurisdictionCode: '55025',
        status: 'eligible',
        method: 'staff-in-person',
        verifiedAt: at('2025-01-01T10:00:00Z'),
        effectiveAt: at('2025-01-01T10:00:00Z'),
      },
    });
  });

  it('lets a newer verification move the person to another jurisdiction', () => {
    const state = replay([verified('55025', '2025-01-01T10:00:00Z'), verified('55079', '2025-02-01T10:00:00Z')]);
    expect(state?.jurisdictionCode).toBe('55079');
    expect(state?.status).toBe('eligible');
  });

  it('ignores a verification older than the one already applied', () => {
    const current = replay([verified('55079', '2025-02-01T10:00:00Z')]);
    expect(decideEligibility(current, verified('55025', '2025-01-01T10:00:00Z'))).toEqual({
      kind: 'ignore',
      reason: 'stale',
    });
  });

  it('treats a fact as old as the current one as stale (a replay)', () => {
    const current = replay([verified('55025', '2025-01-01T10:00:00Z')]);
    expect(decideEligibility(current, verified('55025', '2025-01-01T10:00:00Z'))).toMatchObject({ reason: 'stale' });
  });

  it('revokes, keeping how the person was last verified', () => {
    const state = replay([verified('55025', '2025-01-01T10:00:00Z'), revoked('55025', '2025-03-01T10:00:00Z')]);
    expect(state).toMatchObject({
      status: 'revoked',
      jurisdictionCode: '55025',
      method: 'staff-in-person',
      verifiedAt: at('2025-01-01T10:00:00Z'),
      effectiveAt: at('2025-03-01T10:00:00Z'),
    });
  });

  it('remembers a revocation that arrives before the older verification it supersedes', () => {
    const state = replay([revoked('55025', '2025-03-01T10:00:00Z'), verified('55025', '2025-01-01T10:00:00Z')]);
    expect(state).toMatchObject({ status: 'revoked', method: null, verifiedAt: null });
  });

  it('ignores the revocation of a residency the person has already left', () => {
    const current = replay([verified('55079', '2025-02-01T10:00:00Z')]);
    expect(decideEligibility(current, revoked('55025', '2025-03-01T10:00:00Z'))).toEqual({
      kind: 'ignore',
      reason: 'other-jurisdiction',
    });
  });

  it('refuses a fact about another account or without a valid time', () => {
    const current = replay([verified('55025', '2025-01-01T10:00:00Z')]);
    expect(() => decideEligibility(current, { ...verified('55025', '2025-02-01T10:00:00Z'), accountId: 'someone-else' })).toThrow();
    expect(() => decideEligibility(null, verified('55025', 'not a date'))).toThrow();
  });

  it('ends in the state of the newest verification, whatever the arrival order', () => {
    const facts = fc
      .uniqueArray(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 12 })
      .chain((times) =>
        fc.tuple(fc.constant(times), fc.array(fc.constantFrom('55025', '55079', '55133'), { minLength: times.length, maxLength: times.length })),
      )
      .map(([times, codes]) => times.map((t, i) => verified(codes[i] ?? '55025', new Date(Date.UTC(2025, 0, 1) + t * 1000).toISOString())));
    fc.assert(
      fc.property(
        facts.chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length }))),
        ([inOrder, shuffled]) => {
          const newest = [...inOrder].sort((a, b) => b.at.getTime() - a.at.getTime())[0];
          expect(replay(shuffled)).toEqual(replay([...inOrder].sort((a, b) => a.at.getTime() - b.at.getTime())));
          expect(replay(shuffled)?.jurisdictionCode).toBe(newest?.jurisdictionCode);
        },
      ),
    );
  });
});

describe('canReadEligibility', () => {
  it('lets the person, staff and observers read it, and nobody else (not a clerk or a board member)', () => {
    expect(canReadEligibility({ accountId, roles: ['resident'] }, accountId)).toBe(true);
    expect(canReadEligibility({ accountId: 'other', roles: ['staff'] }, accountId)).toBe(true);
    expect(canReadEligibility({ accountId: 'other', roles: ['admin'] }, accountId)).toBe(true);
    expect(canReadEligibility({ accountId: 'other', roles: ['observer'] }, accountId)).toBe(true);
    expect(canReadEligibility({ accountId: 'other', roles: ['resident'] }, accountId)).toBe(false);
    expect(canReadEligibility({ accountId: 'other', roles: ['clerk', 'board'] }, accountId)).toBe(false);
  });
});

import fc from 'fast-check';
import { applyResidencyFact, type ResidencyFact, type ResidentRecord } from './resident-record';

const accountId = '0b8e6c3e-6a51-4f0e-9a0f-7b1c2d3e4f50';
const at = (iso: string) => new Date(iso);
const verified = (jurisdictionCode: string, when: string): ResidencyFact => ({ kind: 'verified', accountId, jurisdictionCode, at: at(when) });
const revoked = (jurisdictionCode: string, when: string): ResidencyFact => ({ kind: 'revoked', accountId, jurisdictionCode, at: at(when) });

/** Applies facts in arrival order, as the event handler does. */
function replay(facts: readonly ResidencyFact[]): ResidentRecord | null {
  let state: ResidentRecord | null = null;
  for (const fact of facts) {
    const decision = applyResidencyFact(state, fact);
    if (decision.kind === 'apply') state = decision.next;
  }
  return state;
}

describe('applyResidencyFact', () => {
  it('records a first verification', () => {
    expect(applyResidencyFact(null, verified('55025', '2026-01-01T10:00:00Z'))).toEqual({
      kind: 'apply',
      next: {
        accountId,
        jurisdictionCode: '55025',
        status: 'verified',
        verifiedAt: at('2026-01-01T10:00:00Z'),
        effectiveAt: at('2026-01-01T10:00:00Z'),
        displayName: null,
      },
    });
  });

  it('moves the person with a newer verification elsewhere', () => {
    expect(replay([verified('55025', '2026-01-01T10:00:00Z'), verified('55079', '2026-02-01T10:00:00Z')])).toMatchObject({
      jurisdictionCode: '55079',
      status: 'verified',
    });
  });

  it('ignores a replay and an older fact as stale', () => {
    const current = replay([verified('55079', '2026-02-01T10:00:00Z')]);
    expect(applyResidencyFact(current, verified('55079', '2026-02-01T10:00:00Z'))).toEqual({ kind: 'ignore', reason: 'stale' });
    expect(applyResidencyFact(current, verified('55025', '2026-01-01T10:00:00Z'))).toEqual({ kind: 'ignore', reason: 'stale' });
  });

  it('revokes, keeping when the residency was verified', () => {
    expect(replay([verified('55025', '2026-01-01T10:00:00Z'), revoked('55025', '2026-03-01T10:00:00Z')])).toEqual({
      accountId,
      jurisdictionCode: '55025',
      status: 'revoked',
      verifiedAt: at('2026-01-01T10:00:00Z'),
      effectiveAt: at('2026-03-01T10:00:00Z'),
      displayName: null,
    });
  });

  it('keeps a revocation that arrived before the older verification it supersedes', () => {
    expect(replay([revoked('55025', '2026-03-01T10:00:00Z'), verified('55025', '2026-01-01T10:00:00Z')])).toMatchObject({
      status: 'revoked',
      verifiedAt: null,
    });
  });

  it('ignores the revocation of a county the person has since left', () => {
    const current = replay([verified('55079', '2026-02-01T10:00:00Z')]);
    expect(applyResidencyFact(current, revoked('55025', '2026-03-01T10:00:00Z'))).toEqual({ kind: 'ignore', reason: 'other-jurisdiction' });
  });

  it('refuses a fact about someone else or without a valid time', () => {
    const current = replay([verified('55025', '2026-01-01T10:00:00Z')]);
    expect(() => applyResidencyFact(current, { ...verified('55025', '2026-02-01T10:00:00Z'), accountId: 'other' })).toThrow();
    expect(() => applyResidencyFact(null, verified('55025', 'not a time'))).toThrow();
  });

  // Facts about one county, verifications and revocations mixed: the newest decides.
  it('ends in the state of the newest fact whatever the arrival order', () => {
    const facts = fc
      .uniqueArray(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 10 })
      .chain((times) =>
        fc.tuple(fc.constant(times), fc.array(fc.tuple(fc.boolean(), fc.constant('55025')), { minLength: times.length, maxLength: times.length })),
      )
      .map(([times, kinds]) =>
        times.map((t, i): ResidencyFact => {
          const [isVerification, code] = kinds[i] ?? [true, '55025'];
          const when = new Date(Date.UTC(2026, 0, 1) + t * 1000);
          return { kind: isVerification ? 'verified' : 'revoked', accountId, jurisdictionCode: code, at: when };
        }),
      );
    fc.assert(
      fc.property(
        facts.chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length }))),
        ([list, shuffled]) => {
          const chronological = [...list].sort((a, b) => a.at.getTime() - b.at.getTime());
          expect(replay(shuffled)?.effectiveAt).toEqual(replay(chronological)?.effectiveAt);
          expect(replay(shuffled)?.status).toEqual(replay(chronological)?.status);
          expect(replay(shuffled)?.status).toBe(chronological.at(-1)?.kind);
        },
      ),
    );
  });
});

describe('applyResidencyFact across counties', () => {
  it('ends verified in the county of the newest verification whatever the arrival order', () => {
    const facts = fc
      .uniqueArray(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 10 })
      .chain((times) =>
        fc.tuple(fc.constant(times), fc.array(fc.constantFrom('55025', '55079', '55133'), { minLength: times.length, maxLength: times.length })),
      )
      .map(([times, codes]) => times.map((t, i) => verified(codes[i] ?? '55025', new Date(Date.UTC(2026, 0, 1) + t * 1000).toISOString())));
    fc.assert(
      fc.property(
        facts.chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length }))),
        ([list, shuffled]) => {
          const newest = [...list].sort((a, b) => b.at.getTime() - a.at.getTime())[0];
          expect(replay(shuffled)).toEqual({
            accountId,
            jurisdictionCode: newest?.jurisdictionCode,
            status: 'verified',
            verifiedAt: newest?.at,
            effectiveAt: newest?.at,
            displayName: null,
          });
        },
      ),
    );
  });
});

describe('the display name a verification carries', () => {
  const at = (day: number) => new Date(Date.UTC(2026, 4, day));
  const verified = (day: number, displayName?: string): ResidencyFact => ({
    kind: 'verified',
    accountId: 'a',
    jurisdictionCode: '55025',
    at: at(day),
    ...(displayName ? { displayName } : {}),
  });

  it('is kept, replaced by a newer verification’s, and survives a verification or a revocation without one', () => {
    expect(replay([verified(1, 'Ann')])?.displayName).toBe('Ann');
    expect(replay([verified(1, 'Ann'), verified(2, 'Ann B.')])?.displayName).toBe('Ann B.');
    expect(replay([verified(1, 'Ann'), verified(2)])?.displayName).toBe('Ann');
    expect(replay([verified(1, 'Ann'), { kind: 'revoked', accountId: 'a', jurisdictionCode: '55025', at: at(3) }])?.displayName).toBe('Ann');
    expect(replay([verified(1)])?.displayName).toBeNull();
  });
});

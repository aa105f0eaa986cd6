import fc from 'fast-check';
import {
  MAJORITY,
  TWO_THIRDS,
  agreementRate,
  agreesWithPublic,
  bodyCodeProblems,
  conflictRefusal,
  countyPosition,
  decideRollCall,
  defaultQuorum,
  meetsThreshold,
  membersPresent,
  quorumProblems,
  resolveThreshold,
  textProblems,
  voteRefusal,
  type Threshold,
} from './roll-call';

const custom = (numerator: number, denominator: number): Threshold => {
  const checked = resolveThreshold({ kind: 'custom', numerator, denominator });
  if (!checked.ok) throw new Error(checked.problem.message);
  return checked.threshold;
};

describe('resolveThreshold', () => {
  it('gives majority and two-thirds their fractions', () => {
    expect(resolveThreshold({ kind: 'majority' })).toEqual({ ok: true, threshold: MAJORITY });
    expect(resolveThreshold({ kind: 'two-thirds', numerator: null, denominator: null })).toEqual({ ok: true, threshold: TWO_THIRDS });
  });

  it('takes a custom fraction as "at least"', () => {
    expect(resolveThreshold({ kind: 'custom', numerator: 3, denominator: 5 })).toEqual({
      ok: true,
      threshold: { kind: 'custom', numerator: 3, denominator: 5, strict: false },
    });
  });

  it.each([
    [{ kind: 'majority' as const, numerator: 1, denominator: 2 }, 'threshold.numerator'],
    [{ kind: 'custom' as const, denominator: 5 }, 'threshold.numerator'],
    [{ kind: 'custom' as const, numerator: 0, denominator: 5 }, 'threshold.numerator'],
    [{ kind: 'custom' as const, numerator: 1.5, denominator: 5 }, 'threshold.numerator'],
    [{ kind: 'custom' as const, numerator: 3 }, 'threshold.denominator'],
    [{ kind: 'custom' as const, numerator: 6, denominator: 5 }, 'threshold.denominator'],
    [{ kind: 'custom' as const, numerator: 1, denominator: 101 }, 'threshold.denominator'],
  ])('refuses %j naming %s', (draft, field) => {
    const checked = resolveThreshold(draft);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.problem.field).toBe(field);
  });
});

describe('meetsThreshold', () => {
  it('majority: more than half of yes + no; a tie fails', () => {
    expect(meetsThreshold(MAJORITY, 6, 5)).toBe(true);
    expect(meetsThreshold(MAJORITY, 5, 5)).toBe(false);
    expect(meetsThreshold(MAJORITY, 1, 0)).toBe(true);
  });

  it('two-thirds: at least two-thirds, exactly on the line passes', () => {
    expect(meetsThreshold(TWO_THIRDS, 10, 5)).toBe(true);
    expect(meetsThreshold(TWO_THIRDS, 9, 5)).toBe(false);
    expect(meetsThreshold(TWO_THIRDS, 200, 100)).toBe(true);
    expect(meetsThreshold(TWO_THIRDS, 199, 100)).toBe(false);
  });

  it('custom: at least the fraction', () => {
    expect(meetsThreshold(custom(3, 4), 3, 1)).toBe(true);
    expect(meetsThreshold(custom(3, 4), 5, 2)).toBe(false);
    expect(meetsThreshold(custom(1, 1), 4, 0)).toBe(true);
    expect(meetsThreshold(custom(1, 1), 4, 1)).toBe(false);
  });

  it('never passes without a yes vote, whatever the threshold', () => {
    for (const threshold of [MAJORITY, TWO_THIRDS, custom(1, 100)]) expect(meetsThreshold(threshold, 0, 0)).toBe(false);
  });

  const thresholds = fc.oneof(
    fc.constant(MAJORITY),
    fc.constant(TWO_THIRDS),
    fc.integer({ min: 1, max: 100 }).chain((denominator) => fc.integer({ min: 1, max: denominator }).map((numerator) => custom(numerator, denominator))),
  );
  const votes = fc.integer({ min: 0, max: 5000 });

  it('is monotone: one more yes never turns a pass into a fail, one more no never turns a fail into a pass', () => {
    fc.assert(
      fc.property(thresholds, votes, votes, (threshold, yes, no) => {
        if (meetsThreshold(threshold, yes, no)) expect(meetsThreshold(threshold, yes + 1, no)).toBe(true);
        if (!meetsThreshold(threshold, yes, no)) expect(meetsThreshold(threshold, yes, no + 1)).toBe(false);
        if (no > 0 && meetsThreshold(threshold, yes, no)) expect(meetsThreshold(threshold, yes, no - 1)).toBe(true);
      }),
    );
  });

  it('is monotone in the threshold: what passes a stricter fraction passes a looser one', () => {
    fc.assert(
      fc.property(thresholds, thresholds, votes, votes, (a, b, yes, no) => {
        // a demands at least as much as b when a's fraction is not below b's (and strictness only adds).
        const aAtLeastB =
          a.numerator * b.denominator > b.numerator * a.denominator || (a.numerator * b.denominator === b.numerator * a.denominator && (a.strict || !b.strict));
        if (aAtLeastB && meetsThreshold(a, yes, no)) expect(meetsThreshold(b, yes, no)).toBe(true);
      }),
    );
  });

  it('depends only on the yes share: scaling both counts keeps the outcome', () => {
    fc.assert(
      fc.property(thresholds, votes, votes, fc.integer({ min: 1, max: 50 }), (threshold, yes, no, factor) => {
        expect(meetsThreshold(threshold, yes * factor, no * factor)).toBe(meetsThreshold(threshold, yes, no));
      }),
    );
  });
});

describe('quorum', () => {
  it('defaults to a majority of the electorate', () => {
    expect([1, 2, 5, 6, 360].map(defaultQuorum)).toEqual([1, 2, 3, 4, 181]);
  });

  it('must be between 1 and the electorate', () => {
    expect(quorumProblems(3, 5)).toEqual([]);
    expect(quorumProblems(5, 5)).toEqual([]);
    expect(quorumProblems(0, 5)[0]?.field).toBe('quorum');
    expect(quorumProblems(6, 5)[0]?.field).toBe('quorum');
    expect(quorumProblems(2.5, 5)[0]?.field).toBe('quorum');
  });
});

describe('decideRollCall', () => {
  it('counts abstentions and conflicts as present, but not for or against', () => {
    expect(membersPresent({ yes: 1, no: 1, abstain: 2, conflicts: 1 })).toBe(5);
    // 2 yes, 1 no, 3 abstentions: passes by majority of those voting yes or no.
    expect(decideRollCall(MAJORITY, 5, { yes: 2, no: 1, abstain: 3, conflicts: 0 })).toEqual({ present: 6, quorumMet: true, outcome: 'passed', passed: true });
  });

  it('without quorum the outcome is no-quorum, which does not pass even on a unanimous yes', () => {
    expect(decideRollCall(MAJORITY, 4, { yes: 3, no: 0, abstain: 0, conflicts: 0 })).toEqual({
      present: 3,
      quorumMet: false,
      outcome: 'no-quorum',
      passed: false,
    });
  });

  it('with quorum but short of the threshold the motion fails', () => {
    expect(decideRollCall(TWO_THIRDS, 3, { yes: 3, no: 2, abstain: 0, conflicts: 0 })).toMatchObject({ quorumMet: true, outcome: 'failed', passed: false });
  });

  it('passed is exactly quorum met and threshold met', () => {
    fc.assert(
      fc.property(fc.nat(50), fc.nat(50), fc.nat(50), fc.nat(10), fc.integer({ min: 1, max: 160 }), (yes, no, abstain, conflicts, quorum) => {
        const decision = decideRollCall(MAJORITY, quorum, { yes, no, abstain, conflicts });
        expect(decision.passed).toBe(yes + no + abstain + conflicts >= quorum && yes > no);
        expect(decision.outcome === 'passed').toBe(decision.passed);
      }),
    );
  });
});

describe('who may vote', () => {
  it('refuses after closing first, then non-members, then a declared conflict', () => {
    expect(voteRefusal('closed', null)).toBe('closed');
    expect(voteRefusal('open', null)).toBe('not-member');
    expect(voteRefusal('open', { conflictDeclared: true })).toBe('conflict-declared');
    expect(voteRefusal('open', { conflictDeclared: false })).toBeNull();
    // Past its scheduled close, an open roll call takes no vote even before the closing job ran.
    expect(voteRefusal('open', { conflictDeclared: false }, true)).toBe('closed');
    expect(conflictRefusal('closed', true)).toBe('closed');
    expect(conflictRefusal('open', false)).toBe('not-member');
    expect(conflictRefusal('open', true)).toBeNull();
  });
});

describe('input', () => {
  it('checks titles, reasons and body codes', () => {
    expect(textProblems('  ', 'title', 10)[0]?.field).toBe('title');
    expect(textProblems('x'.repeat(11), 'title', 10)[0]?.message).toMatch(/at most 10/);
    expect(textProblems(' Motion ', 'title', 10)).toEqual([]);
    expect(bodyCodeProblems('convention')).toEqual([]);
    expect(bodyCodeProblems('committee-deer-and-elk')).toEqual([]);
    expect(bodyCodeProblems('Executive Committee')[0]?.field).toBe('bodyCode');
  });
});

describe('representation', () => {
  it("takes the county's majority, with no position on a tie", () => {
    expect(countyPosition({ yes: 10, no: 3 })).toBe('yes');
    expect(countyPosition({ yes: 3, no: 10 })).toBe('no');
    expect(countyPosition({ yes: 4, no: 4 })).toBeNull();
    expect(countyPosition({ yes: 0, no: 0 })).toBeNull();
  });

  it('compares only yes and no votes with a county majority', () => {
    expect(agreesWithPublic('yes', 'yes')).toBe(true);
    expect(agreesWithPublic('no', 'yes')).toBe(false);
    expect(agreesWithPublic('no', 'no')).toBe(true);
    expect(agreesWithPublic('abstain', 'yes')).toBeNull();
    expect(agreesWithPublic(null, 'no')).toBeNull();
    expect(agreesWithPublic('yes', null)).toBeNull();
  });

  it('rates the share of compared votes that agreed', () => {
    expect(agreementRate([true, false, null, true, true])).toEqual({ compared: 4, agreeing: 3, rate: 0.75 });
    expect(agreementRate([null, null])).toEqual({ compared: 0, agreeing: 0, rate: null });
  });
});

import { countElection } from '../counting';
import { ballotProblem, mayConfirmPaperTotals, papersCounted, papersWithinIssued, paperTotalsToBallots } from './ballot-rules';
import { candidacyProblems, normalizeCandidacy } from './candidacy';
import { electionCountInput } from './election-count';
import {
  ELECTION_PHASES,
  mayEnterPaperTotals,
  mayNominate,
  mayVote,
  mayWithdraw,
  openVotingProblems,
  resultIsPublic,
  transitionElection,
  type ElectionAction,
} from './election-phase';
import { assignWinnersToSeats } from './seat-assignment';

describe('election phases', () => {
  it('moves nominations → voting → closed → certified and nothing else', () => {
    expect(transitionElection('nominations', 'open-voting')).toEqual({ kind: 'change', next: 'voting' });
    expect(transitionElection('voting', 'close-voting')).toEqual({ kind: 'change', next: 'closed' });
    expect(transitionElection('closed', 'certify')).toEqual({ kind: 'change', next: 'certified' });
    const actions: ElectionAction[] = ['open-voting', 'close-voting', 'certify'];
    const allowed = ELECTION_PHASES.flatMap((phase) =>
      actions.filter((action) => transitionElection(phase, action).kind === 'change').map((action) => `${phase}:${action}`),
    );
    expect(allowed).toEqual(['nominations:open-voting', 'voting:close-voting', 'closed:certify']);
  });

  it('refuses certifying twice and going backwards, saying why', () => {
    expect(transitionElection('certified', 'certify')).toMatchObject({ kind: 'refuse', reason: expect.stringContaining('certified') });
    expect(transitionElection('closed', 'open-voting').kind).toBe('refuse');
  });

  it('opens nominations and withdrawals only before voting, ballots only while voting, paper until certified', () => {
    expect(ELECTION_PHASES.filter(mayNominate)).toEqual(['nominations']);
    expect(ELECTION_PHASES.filter(mayWithdraw)).toEqual(['nominations']);
    expect(ELECTION_PHASES.filter(mayVote)).toEqual(['voting']);
    expect(ELECTION_PHASES.filter(mayEnterPaperTotals)).toEqual(['voting', 'closed']);
    expect(ELECTION_PHASES.filter(resultIsPublic)).toEqual(['certified']);
    expect(openVotingProblems(0)).toHaveLength(1);
    expect(openVotingProblems(1)).toEqual([]);
  });
});

describe('candidacy', () => {
  it('trims, requires a name and limits the statement', () => {
    expect(normalizeCandidacy({ displayName: '  Ada  ', statement: ' Hi ' })).toEqual({ displayName: 'Ada', statement: 'Hi' });
    expect(candidacyProblems({ displayName: '', statement: '' }).map((p) => p.field)).toEqual(['displayName']);
    expect(candidacyProblems({ displayName: 'Ada', statement: 'x'.repeat(2_000) })).toEqual([]);
    expect(candidacyProblems({ displayName: 'Ada', statement: 'x'.repeat(2_001) }).map((p) => p.field)).toEqual(['statement']);
  });
});

describe('electronic ballots', () => {
  const rules = { method: 'plurality' as const, seats: 2, candidateIds: ['a', 'b', 'c'] };
  it('accepts 1..k marks for plurality and refuses more, blanks, duplicates and strangers', () => {
    expect(ballotProblem(rules, ['a'])).toBeNull();
    expect(ballotProblem(rules, ['a', 'b'])).toBeNull();
    expect(ballotProblem(rules, ['a', 'b', 'c'])).toBe('too-many-marks');
    expect(ballotProblem(rules, [])).toBe('blank');
    expect(ballotProblem(rules, ['a', 'a'])).toBe('duplicate-mark');
    expect(ballotProblem(rules, ['z'])).toBe('unknown-candidate');
  });
  it('lets approval and STV ballots mark every candidate once', () => {
    expect(ballotProblem({ ...rules, method: 'approval' }, ['a', 'b', 'c'])).toBeNull();
    expect(ballotProblem({ ...rules, method: 'stv' }, ['c', 'a', 'b'])).toBeNull();
    expect(ballotProblem({ ...rules, method: 'stv' }, ['c', 'c'])).toBe('duplicate-mark');
  });
});

describe('paper totals', () => {
  const plurality = { method: 'plurality' as const, seats: 2, candidateIds: ['a', 'b', 'c'] };
  const stv = { ...plurality, method: 'stv' as const };

  it('turns per-candidate totals into weighted single-mark entries, dropping zeros', () => {
    expect(
      paperTotalsToBallots(plurality, {
        totals: [
          { candidateId: 'a', votes: 7 },
          { candidateId: 'b', votes: 0 },
        ],
      }),
    ).toEqual({
      ok: true,
      ballots: [{ choices: ['a'], count: 7 }],
    });
  });

  it('refuses unknown candidates, repeats, negative or fractional numbers, empty entries, and both forms at once', () => {
    const refused = (draft: Parameters<typeof paperTotalsToBallots>[1], rules = plurality) => paperTotalsToBallots(rules, draft).ok;
    expect(refused({ totals: [{ candidateId: 'z', votes: 1 }] })).toBe(false);
    expect(
      refused({
        totals: [
          { candidateId: 'a', votes: 1 },
          { candidateId: 'a', votes: 2 },
        ],
      }),
    ).toBe(false);
    expect(refused({ totals: [{ candidateId: 'a', votes: -1 }] })).toBe(false);
    expect(refused({ totals: [{ candidateId: 'a', votes: 1.5 }] })).toBe(false);
    expect(refused({ totals: [{ candidateId: 'a', votes: 0 }] })).toBe(false);
    expect(refused({})).toBe(false);
    expect(refused({ totals: [{ candidateId: 'a', votes: 1 }], groups: [{ choices: ['a'], count: 1 }] })).toBe(false);
  });

  it('counts the papers an entry stands for: as stated, else the groups’ papers, else the fewest papers that carry the marks', () => {
    const approval = { ...plurality, method: 'approval' as const };
    const totals = [
      { candidateId: 'a', votes: 7 },
      { candidateId: 'b', votes: 5 },
      { candidateId: 'c', votes: 4 },
    ];
    // Two seats: at most two marks a paper, so 16 marks need 8 papers; a's 7 marks need 7.
    expect(papersCounted(plurality, { totals })).toBe(8);
    expect(papersCounted({ ...plurality, seats: 1 }, { totals })).toBe(16);
    // Approval papers may mark everyone: only the most-marked candidate bounds them.
    expect(papersCounted(approval, { totals })).toBe(7);
    expect(papersCounted(plurality, { totals, papers: 12 })).toBe(12);
    expect(
      papersCounted(stv, {
        groups: [
          { choices: ['a', 'b'], count: 3 },
          { choices: ['c'], count: 2 },
        ],
      }),
    ).toBe(5);
  });

  it('refuses a stated number of papers that cannot carry the marks, or that differs from the groups’', () => {
    const totals = [
      { candidateId: 'a', votes: 7 },
      { candidateId: 'b', votes: 5 },
    ];
    expect(paperTotalsToBallots(plurality, { totals, papers: 6 })).toMatchObject({ ok: false, field: 'papers' });
    expect(paperTotalsToBallots(plurality, { totals, papers: 7 }).ok).toBe(true);
    expect(paperTotalsToBallots(plurality, { totals, papers: 0 })).toMatchObject({ ok: false, field: 'papers' });
    expect(paperTotalsToBallots(stv, { groups: [{ choices: ['a'], count: 3 }], papers: 4 })).toMatchObject({ ok: false, field: 'papers' });
  });

  it('keeps confirmed paper totals within the papers issued', () => {
    expect(papersWithinIssued(6, 4, 10)).toBe(true);
    expect(papersWithinIssued(6, 5, 10)).toBe(false);
    expect(papersWithinIssued(0, 1, 0)).toBe(false);
  });

  it('takes STV papers only as ranked groups, each a valid ranking with a positive count', () => {
    expect(paperTotalsToBallots(stv, { totals: [{ candidateId: 'a', votes: 3 }] })).toMatchObject({ ok: false, field: 'totals' });
    expect(paperTotalsToBallots(stv, { groups: [{ choices: ['b', 'a'], count: 4 }] })).toEqual({ ok: true, ballots: [{ choices: ['b', 'a'], count: 4 }] });
    expect(paperTotalsToBallots(stv, { groups: [{ choices: ['b', 'b'], count: 4 }] })).toMatchObject({ ok: false, field: 'groups.0' });
    expect(paperTotalsToBallots(stv, { groups: [{ choices: ['b'], count: 0 }] })).toMatchObject({ ok: false, field: 'groups.0' });
    expect(paperTotalsToBallots(plurality, { groups: [{ choices: ['a', 'b', 'c'], count: 1 }] })).toMatchObject({ ok: false });
  });

  it('needs a second person to confirm', () => {
    expect(mayConfirmPaperTotals('A-1', 'a-1')).toBe(false);
    expect(mayConfirmPaperTotals('a-1', 'b-2')).toBe(true);
  });
});

describe('counting an election', () => {
  it('counts electronic and confirmed paper together, and the same input gives the same result', () => {
    const input = electionCountInput({
      seats: 2,
      candidates: [{ id: 'c' }, { id: 'a' }, { id: 'b' }],
      electronic: [{ choices: ['a', 'b'] }, { choices: ['a'] }, { choices: ['a'] }],
      confirmedPaper: [[{ choices: ['c'], count: 4 }], [{ choices: ['b'], count: 1 }]],
      seed: 'seed-1',
    });
    expect(input.candidates.map((c) => c.id)).toEqual(['a', 'b', 'c']);
    const result = countElection('plurality', input);
    expect(result.elected).toEqual(['c', 'a']);
    expect(result.totals.find((t) => t.candidateId === 'b')?.votes).toBe(2);
    expect(countElection('plurality', input)).toEqual(result);
  });
});

describe('seat assignment', () => {
  const seats = [
    { seatId: 's2', seatNumber: 2, termEndYear: 2029 },
    { seatId: 's5', seatNumber: 5, termEndYear: 2030 },
  ];
  it('gives the first elected the longest term', () => {
    expect(assignWinnersToSeats(['x', 'y'], seats)).toEqual([
      { seatId: 's5', seatNumber: 5, candidateId: 'x' },
      { seatId: 's2', seatNumber: 2, candidateId: 'y' },
    ]);
  });
  it('leaves the shorter seats vacant when too few were elected, and refuses more winners than seats', () => {
    expect(assignWinnersToSeats(['x'], seats).map((a) => a.candidateId)).toEqual(['x', null]);
    expect(() => assignWinnersToSeats(['x', 'y', 'z'], seats)).toThrow(RangeError);
  });
});

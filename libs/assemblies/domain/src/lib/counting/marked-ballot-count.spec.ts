import { countApproval } from './approval';
import type { Ballot, CountCandidate } from './counting.types';
import { countPlurality } from './plurality';
import { drawLots } from './tie-break';

const candidates = (...ids: string[]): CountCandidate[] => ids.map((id) => ({ id }));
const ballots = (...entries: Array<[number, string[]]>): Ballot[] => entries.map(([count, choices]) => ({ choices, count }));
const votesOf = (result: ReturnType<typeof countPlurality>) => Object.fromEntries(result.totals.map((total) => [total.candidateId, total.votes]));

/** First seed of seed-0, seed-1, … for which `predicate` holds. */
function findSeed(predicate: (seed: string) => boolean): string {
  for (let i = 0; i < 200; i += 1) if (predicate(`seed-${i}`)) return `seed-${i}`;
  throw new Error('no seed found');
}

describe('countPlurality', () => {
  it('elects the k candidates with the most marks (hand-checked)', () => {
    // 2 seats. A: 4+3 = 7, B: 4+2 = 6, C: 3+1 = 4, D: 2 (the D,A,B ballot has 3 marks: rejected).
    const result = countPlurality({
      seats: 2,
      seed: 'x',
      candidates: candidates('A', 'B', 'C', 'D'),
      ballots: ballots([4, ['A', 'B']], [3, ['A', 'C']], [2, ['B', 'D']], [1, ['C']], [1, ['D', 'A', 'B']]),
    });
    expect(votesOf(result)).toEqual({ A: 7, B: 6, C: 4, D: 2 });
    expect(result.elected).toEqual(['A', 'B']);
    expect(result.validBallots).toBe(10);
    expect(result.rejectedBallots).toEqual([{ index: 4, reason: 'too-many-marks', count: 1 }]);
    expect(result.totals.find((total) => total.candidateId === 'C')?.outcome).toBe('defeated');
    expect(result.tieBreaks).toEqual([]);
  });

  it('rejects blank, duplicate, unknown and badly counted ballots without throwing', () => {
    const result = countPlurality({
      seats: 2,
      seed: 'x',
      candidates: candidates('A', 'B'),
      ballots: [{ choices: [] }, { choices: ['A', 'A'] }, { choices: ['Z'] }, { choices: ['A'], count: 0 }, { choices: ['B'], count: 2.5 }, { choices: ['B'] }],
    });
    expect(result.rejectedBallots.map((rejected) => rejected.reason)).toEqual([
      'blank',
      'duplicate-mark',
      'unknown-candidate',
      'invalid-count',
      'invalid-count',
    ]);
    expect(result.validBallots).toBe(1);
    // A has no votes: the second seat stays empty rather than being given away.
    expect(result.elected).toEqual(['B']);
    expect(result.unfilledSeats).toBe(1);
  });

  it('breaks a tie for the last seat by the recorded lot, reproducibly', () => {
    // A 5 is elected; B and C tie on 3 for the second seat.
    const input = (seed: string) => ({
      seats: 2,
      seed,
      candidates: candidates('A', 'B', 'C'),
      ballots: ballots([5, ['A']], [3, ['B']], [3, ['C']]),
    });
    const seedForB = findSeed((seed) => drawLots(seed, 1, ['B', 'C'])[0]?.candidateId === 'B');
    const seedForC = findSeed((seed) => drawLots(seed, 1, ['B', 'C'])[0]?.candidateId === 'C');

    const first = countPlurality(input(seedForB));
    expect(first.elected).toEqual(['A', 'B']);
    expect(first.tieBreaks).toEqual([
      {
        stage: 1,
        purpose: 'ranking',
        tied: ['B', 'C'],
        resolvedBy: 'lot',
        stagesConsulted: [],
        seed: seedForB,
        draws: drawLots(seedForB, 1, ['B', 'C']),
        chosen: 'B',
      },
    ]);
    expect(countPlurality(input(seedForB))).toEqual(first);
    expect(countPlurality(input(seedForC)).elected).toEqual(['A', 'C']);
  });

  it('needs no lot when the tied candidates all fit in the seats', () => {
    const result = countPlurality({ seats: 3, seed: 'x', candidates: candidates('A', 'B', 'C'), ballots: ballots([5, ['A']], [3, ['B']], [3, ['C']]) });
    expect(result.elected).toEqual(['A', 'B', 'C']);
    expect(result.tieBreaks).toEqual([]);
  });

  it('elects at most one per group, passing the seat down the ranking (District Leadership Council)', () => {
    // District with 2 seats: A and B are both from county 55025; C is from 55021.
    const result = countPlurality({
      seats: 2,
      seed: 'x',
      oneElectedPerGroup: true,
      candidates: [
        { id: 'A', group: '55025' },
        { id: 'B', group: '55025' },
        { id: 'C', group: '55021' },
        { id: 'D', group: '55021' },
      ],
      ballots: ballots([10, ['A']], [9, ['B']], [5, ['C']], [4, ['D']]),
    });
    expect(result.elected).toEqual(['A', 'C']);
    expect(result.totals.map((total) => total.outcome)).toEqual(['elected', 'barred', 'elected', 'defeated']);
  });

  it('decides by lot between two tied candidates of the same group even with seats to spare', () => {
    const input = (seed: string) => ({
      seats: 2,
      seed,
      oneElectedPerGroup: true,
      candidates: [{ id: 'A', group: 'g' }, { id: 'B', group: 'g' }, { id: 'C' }],
      ballots: ballots([4, ['A']], [4, ['B']], [1, ['C']]),
    });
    const seed = findSeed((s) => drawLots(s, 1, ['A', 'B'])[0]?.candidateId === 'B');
    const result = countPlurality(input(seed));
    expect(result.elected).toEqual(['B', 'C']);
    expect(result.tieBreaks[0]?.tied).toEqual(['A', 'B']);
  });
});

describe('countApproval', () => {
  it('counts every approval and elects the most approved (hand-checked)', () => {
    // 1 seat. A: 3+1 = 4, B: 3+2 = 5, C: 2+1 = 3. A ballot may approve everyone.
    const result = countApproval({
      seats: 1,
      seed: 'x',
      candidates: candidates('A', 'B', 'C'),
      ballots: ballots([3, ['A', 'B']], [2, ['B', 'C']], [1, ['A', 'C']], [1, ['B', 'B']]),
    });
    expect(votesOf(result)).toEqual({ A: 4, B: 5, C: 3 });
    expect(result.elected).toEqual(['B']);
    expect(result.rejectedBallots).toEqual([{ index: 3, reason: 'duplicate-mark', count: 1 }]);
  });

  it('accepts more marks than seats, unlike plurality', () => {
    const input = { seats: 1, seed: 'x', candidates: candidates('A', 'B', 'C'), ballots: ballots([2, ['A', 'B', 'C']], [1, ['C']]) };
    expect(countApproval(input).elected).toEqual(['C']);
    expect(countPlurality(input).rejectedBallots).toEqual([{ index: 0, reason: 'too-many-marks', count: 2 }]);
  });

  it('breaks a first-place tie by lot and enforces the group constraint', () => {
    const input = (seed: string) => ({
      seats: 2,
      seed,
      oneElectedPerGroup: true,
      candidates: [
        { id: 'A', group: 'g1' },
        { id: 'B', group: 'g1' },
        { id: 'C', group: 'g2' },
      ],
      ballots: ballots([3, ['A', 'B', 'C']]),
    });
    const seedA = findSeed((seed) => drawLots(seed, 1, ['A', 'B', 'C'])[0]?.candidateId === 'A');
    const seedC = findSeed((seed) => drawLots(seed, 1, ['A', 'B', 'C'])[0]?.candidateId === 'C');
    const withA = countApproval(input(seedA));
    expect(withA.elected).toHaveLength(2);
    expect(withA.elected[0]).toBe('A');
    expect(withA.elected).not.toContain('B');
    expect(countApproval(input(seedC)).elected[0]).toBe('C');
  });
});

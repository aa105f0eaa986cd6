import type { Ballot, CountCandidate, CountResult } from './counting.types';
import { countScottishStv } from './scottish-stv';
import { drawLots } from './tie-break';

const candidates = (...ids: string[]): CountCandidate[] => ids.map((id) => ({ id }));
const ballots = (...entries: Array<[number, string[]]>): Ballot[] => entries.map(([count, choices]) => ({ choices, count }));
const votesAt = (result: CountResult, stage: number) =>
  Object.fromEntries((result.rounds[stage - 1]?.candidates ?? []).map((line) => [line.candidateId, line.votes]));

function findSeed(predicate: (seed: string) => boolean): string {
  for (let i = 0; i < 200; i += 1) if (predicate(`seed-${i}`)) return `seed-${i}`;
  throw new Error('no seed found');
}

describe('countScottishStv (SSI 2007/42, Sch. 1 rules 45–52)', () => {
  /*
   * 3 seats, 23 valid papers. Rule 46: quota = floor(23 / 4) + 1 = 6.
   *   8 × A,B,C   2 × A,C   1 × A   2 × B,E   3 × C,D   4 × D,C   3 × E,B
   * Stage 1 (first preferences): A 11, B 2, C 3, D 4, E 3. A ≥ 6: A elected (rule 47).
   * Stage 2 (A's surplus 5, rule 48): transfer value = 5 × 1 / 11 = 0.454545… → 0.45454.
   *   8 papers → B: 3.63632; 2 papers → C: 0.90908; 1 paper non-transferable: 0.45454.
   *   Loss due to fractions = 5 − 3.63632 − 0.90908 − 0.45454 = 0.00006. A keeps 6.
   *   Now B 5.63632, C 3.90908, D 4, E 3.
   * Stage 3 (no surplus, rule 50): E lowest (3) is excluded; 3 × E,B → B at value 1.
   *   B = 8.63632 ≥ 6: B elected.
   * Stage 4 (B's surplus 2.63632; B's total 8.63632; all of B's papers are re-sorted):
   *   papers of value 1 (2 × B,E and 3 × E,B): 2.63632 × 1 / 8.63632 = 0.305254… → 0.30525;
   *     none has a continuing next preference (E excluded, A elected): 5 × 0.30525 = 1.52625
   *     non-transferable.
   *   papers received at 0.45454 (8 × A,B,C): 2.63632 × 0.45454 / 8.63632 = 0.138752… →
   *     0.13875; they go to C: 8 × 0.13875 = 1.11000. C = 5.01908.
   *   Loss = 2.63632 − 1.11 − 1.52625 = 0.00007. B keeps 6.
   * Stage 5: continuing C 5.01908 and D 4 for 1 vacancy: D excluded; 4 × D,C → C.
   *   C = 9.01908 ≥ 6: C elected. Seats filled: A, B, C.
   * Check: 6 + 6 + 9.01908 + 0 + 0 + non-transferable (0.45454 + 1.52625) + loss
   *   (0.00006 + 0.00007) = 23.
   */
  const reference = () =>
    countScottishStv({
      seats: 3,
      seed: 'reference',
      candidates: candidates('A', 'B', 'C', 'D', 'E'),
      ballots: ballots([8, ['A', 'B', 'C']], [2, ['A', 'C']], [1, ['A']], [2, ['B', 'E']], [3, ['C', 'D']], [4, ['D', 'C']], [3, ['E', 'B']]),
    });

  it('counts the hand-checked reference election stage by stage', () => {
    const result = reference();
    expect(result.quota).toBe(6);
    expect(result.validBallots).toBe(23);
    expect(result.elected).toEqual(['A', 'B', 'C']);
    expect(result.rounds.map((round) => [round.stage, round.kind, round.subject])).toEqual([
      [1, 'first-preferences', null],
      [2, 'surplus', 'A'],
      [3, 'exclusion', 'E'],
      [4, 'surplus', 'B'],
      [5, 'exclusion', 'D'],
    ]);
    expect(votesAt(result, 1)).toEqual({ A: 11, B: 2, C: 3, D: 4, E: 3 });
    expect(votesAt(result, 2)).toEqual({ A: 6, B: 5.63632, C: 3.90908, D: 4, E: 3 });
    expect(votesAt(result, 3)).toEqual({ A: 6, B: 8.63632, C: 3.90908, D: 4, E: 0 });
    expect(votesAt(result, 4)).toEqual({ A: 6, B: 6, C: 5.01908, D: 4, E: 0 });
    expect(votesAt(result, 5)).toEqual({ A: 6, B: 6, C: 9.01908, D: 0, E: 0 });

    const [first, second, third, fourth, fifth] = result.rounds;
    expect(first?.electedThisStage).toEqual(['A']);
    expect(second?.transferValues).toEqual([{ receivedValue: 1, transferValue: 0.45454, papers: 10, nonTransferablePapers: 1 }]);
    expect(second?.nonTransferable).toBe(0.45454);
    expect(second?.lossDueToFractions).toBe(0.00006);
    expect(second?.candidates.find((line) => line.candidateId === 'A')?.change).toBe(-5);
    expect(third?.excludedThisStage).toEqual(['E']);
    expect(third?.electedThisStage).toEqual(['B']);
    expect(fourth?.transferValues).toEqual([
      { receivedValue: 1, transferValue: 0.30525, papers: 0, nonTransferablePapers: 5 },
      { receivedValue: 0.45454, transferValue: 0.13875, papers: 8, nonTransferablePapers: 0 },
    ]);
    expect(fourth?.nonTransferable).toBe(1.52625);
    expect(fourth?.lossDueToFractions).toBe(0.00007);
    expect(fifth?.electedThisStage).toEqual(['C']);
    expect(fifth?.nonTransferableTotal).toBeCloseTo(1.98079, 5);
    expect(fifth?.lossDueToFractionsTotal).toBeCloseTo(0.00013, 5);
    expect(result.totals).toEqual([
      { candidateId: 'A', votes: 11, outcome: 'elected' },
      { candidateId: 'B', votes: 2, outcome: 'elected' },
      { candidateId: 'C', votes: 3, outcome: 'elected' },
      { candidateId: 'D', votes: 4, outcome: 'excluded' },
      { candidateId: 'E', votes: 3, outcome: 'excluded' },
    ]);
    expect(result.tieBreaks).toEqual([]);
  });

  /*
   * Rule 51(2): equal lowest → look at the MOST RECENT preceding stage where they differed.
   * 2 seats, 28 papers, quota = floor(28 / 3) + 1 = 10.
   *   7 × A   7 × B   5 × C,A   4 × D   1 × E,C   2 × E   2 × F,D
   * Stage 1: A 7, B 7, C 5, D 4, E 3, F 2.  Stage 2: F excluded → D 6.
   * Stage 3: E excluded → C 6 (2 papers non-transferable). C and D tie on 6.
   * Stage 2 is the most recent stage where they differed (C 5 < D 6): C is excluded at
   * stage 4 (looking back to stage 1, where D 4 < C 5, would have excluded D instead).
   * C's 5 papers go to A: A 12, elected. Stage 5: A's surplus 2 at 2 / 12 = 0.16666, all
   * non-transferable (loss 0.00008). Stage 6: D excluded; B is the only continuing
   * candidate for the last vacancy and is elected under rule 52.
   */
  it('resolves an equal-lowest exclusion by the most recent stage at which the votes differed (rule 51)', () => {
    const result = countScottishStv({
      seats: 2,
      seed: 'unused',
      candidates: candidates('A', 'B', 'C', 'D', 'E', 'F'),
      ballots: ballots([7, ['A']], [7, ['B']], [5, ['C', 'A']], [4, ['D']], [1, ['E', 'C']], [2, ['E']], [2, ['F', 'D']]),
    });
    expect(result.quota).toBe(10);
    expect(votesAt(result, 3)).toMatchObject({ C: 6, D: 6 });
    expect(result.tieBreaks).toEqual([
      { stage: 4, purpose: 'exclusion', tied: ['C', 'D'], resolvedBy: 'earlier-stage', stagesConsulted: [2], seed: null, draws: [], chosen: 'C' },
    ]);
    expect(result.rounds.map((round) => round.subject)).toEqual([null, 'F', 'E', 'C', 'A', 'D']);
    expect(result.rounds[4]?.transferValues).toEqual([{ receivedValue: 1, transferValue: 0.16666, papers: 0, nonTransferablePapers: 12 }]);
    expect(result.rounds[4]?.lossDueToFractions).toBe(0.00008);
    expect(result.elected).toEqual(['A', 'B']);
    expect(result.rounds[5]?.notes).toContain('B elected (rule 52: as many continuing candidates as vacancies)');
  });

  /*
   * 1 seat, 7 papers, quota 4: 2 × A,B  2 × B,A  3 × C. A and B are equal at every stage,
   * so the lot (stage 2) decides who is excluded, and the other then reaches 4 and wins.
   */
  it('draws lots when the tied candidates were equal at every stage, reproducibly', () => {
    const input = (seed: string) => ({
      seats: 1,
      seed,
      candidates: candidates('A', 'B', 'C'),
      ballots: ballots([2, ['A', 'B']], [2, ['B', 'A']], [3, ['C']]),
    });
    const excludesA = findSeed((seed) => drawLots(seed, 2, ['A', 'B'])[0]?.candidateId === 'A');
    const excludesB = findSeed((seed) => drawLots(seed, 2, ['A', 'B'])[0]?.candidateId === 'B');

    const result = countScottishStv(input(excludesA));
    expect(result.tieBreaks).toEqual([
      {
        stage: 2,
        purpose: 'exclusion',
        tied: ['A', 'B'],
        resolvedBy: 'lot',
        stagesConsulted: [],
        seed: excludesA,
        draws: drawLots(excludesA, 2, ['A', 'B']),
        chosen: 'A',
      },
    ]);
    expect(result.elected).toEqual(['B']);
    expect(countScottishStv(input(excludesA))).toEqual(result);
    expect(countScottishStv(input(excludesB)).elected).toEqual(['A']);
  });

  it('transfers the larger of two surpluses first (rule 49(1))', () => {
    // 2 seats, 13 papers, quota 5: A 7 and B 6 are elected at stage 1; A's surplus (2) goes first.
    const result = countScottishStv({
      seats: 3,
      seed: 'x',
      candidates: candidates('A', 'B', 'C', 'D'),
      ballots: ballots([7, ['A', 'C']], [6, ['B', 'D']], [2, ['C']], [1, ['D']]),
    });
    // 16 papers, quota = floor(16 / 4) + 1 = 5; A 7 (surplus 2) and B 6 (surplus 1).
    expect(result.quota).toBe(5);
    expect(result.rounds[1]?.subject).toBe('A');
    // A's surplus: 2 / 7 = 0.28571 → C gets 7 × 0.28571 = 1.99997; C 3.99997 < 5.
    expect(votesAt(result, 2)).toMatchObject({ A: 5, C: 3.99997 });
    // Then B's surplus 1 / 6 = 0.16666 → D: 1 + 0.99996.
    expect(result.rounds[2]?.subject).toBe('B');
    expect(votesAt(result, 3)).toMatchObject({ B: 5, D: 1.99996 });
    // Stage 4: D excluded (lowest); C is left alone for the last seat (rule 52).
    expect(result.elected).toEqual(['A', 'B', 'C']);
  });

  it('rejects papers without a valid first preference and cuts papers at a broken preference', () => {
    const result = countScottishStv({
      seats: 1,
      seed: 'x',
      candidates: candidates('A', 'B', 'C'),
      ballots: [
        { choices: [] },
        { choices: ['Z', 'A'] },
        { choices: ['C', 'Z', 'B'] },
        { choices: ['C', 'C', 'B'] },
        { choices: ['A'], count: -1 },
        { choices: ['A', 'B'] },
        { choices: ['B'] },
      ],
    });
    expect(result.rejectedBallots.map((rejected) => rejected.reason)).toEqual(['blank', 'unknown-candidate', 'invalid-count']);
    expect(result.truncatedBallots).toBe(2);
    // 4 valid papers, quota 3: A 1, B 1, C 2. Excluding A or B by lot; C's papers never reach B.
    expect(result.validBallots).toBe(4);
    expect(result.quota).toBe(3);
  });

  it('elects nobody when there is no valid paper', () => {
    const result = countScottishStv({ seats: 2, seed: 'x', candidates: candidates('A', 'B'), ballots: [] });
    expect(result.elected).toEqual([]);
    expect(result.unfilledSeats).toBe(2);
  });

  describe('at most one elected per group (platform extension)', () => {
    // 2 seats, 16 papers, quota = floor(16 / 3) + 1 = 6: 6 × A,B  5 × B,C  2 × C  3 × D.
    // Counties: A and B from 55025, C and D from 55021.
    const input = (oneElectedPerGroup: boolean) => ({
      seats: 2,
      seed: 'x',
      oneElectedPerGroup,
      candidates: [
        { id: 'A', group: '55025' },
        { id: 'B', group: '55025' },
        { id: 'C', group: '55021' },
        { id: 'D', group: '55021' },
      ],
      ballots: ballots([6, ['A', 'B']], [5, ['B', 'C']], [2, ['C']], [3, ['D']]),
    });

    it('without the constraint: A (6) elected at stage 1, then C and D excluded, B takes the last seat', () => {
      const result = countScottishStv(input(false));
      expect(result.rounds.map((round) => round.subject)).toEqual([null, 'C', 'D']);
      expect(result.elected).toEqual(['A', 'B']);
    });

    it('with it: B is excluded at once when A is elected and her papers carry C over the quota', () => {
      const result = countScottishStv(input(true));
      expect(result.rounds[0]?.electedThisStage).toEqual(['A']);
      expect(result.rounds[0]?.excludedThisStage).toEqual(['B']);
      // Stage 2 moves B's 5 papers at value 1 to C: C = 7 ≥ 6, elected.
      expect(result.rounds[1]).toMatchObject({ kind: 'group-exclusion', subject: 'B', electedThisStage: ['C'] });
      expect(votesAt(result, 2)).toEqual({ A: 6, B: 0, C: 7, D: 3 });
      expect(result.elected).toEqual(['A', 'C']);
      // D, of C's county, is barred in turn: no seat is left for anyone else anyway.
      expect(result.totals.map((total) => total.outcome)).toEqual(['elected', 'barred', 'elected', 'barred']);
    });

    it('fills the last seat under rule 52 when barring leaves one candidate per vacancy', () => {
      const base = input(true);
      const result = countScottishStv({ ...base, candidates: base.candidates.slice(0, 3), ballots: ballots([6, ['A', 'B']], [5, ['B', 'C']], [2, ['C']]) });
      // 13 papers, quota 5: A 6 and B 5 both reach it; A (more votes) is elected, B barred;
      // C is the only continuing candidate for the last seat.
      expect(result.rounds).toHaveLength(1);
      expect(result.elected).toEqual(['A', 'C']);
    });

    it('keeps the last candidate of a group from exclusion so every seat can be filled', () => {
      // 2 seats, 12 papers, quota 5: A 4, B 3, D 3 (all county g1), C 2 (county g2).
      // Plain rule 50 would exclude C first and leave a g1-only field for 2 seats.
      const result = countScottishStv({
        seats: 2,
        seed: 'x',
        oneElectedPerGroup: true,
        candidates: [
          { id: 'A', group: 'g1' },
          { id: 'B', group: 'g1' },
          { id: 'C', group: 'g2' },
          { id: 'D', group: 'g1' },
        ],
        ballots: ballots([4, ['A']], [3, ['B']], [2, ['C']], [3, ['D']]),
      });
      expect(
        result.rounds
          .slice(1)
          .map((round) => round.subject)
          .sort(),
      ).toEqual(['B', 'D']);
      expect(result.elected.sort()).toEqual(['A', 'C']);
      expect(result.unfilledSeats).toBe(0);
    });
  });
});

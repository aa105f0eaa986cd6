import fc from 'fast-check';
import { countElection } from './count-election';
import type { CountInput, CountResult } from './counting.types';
import { countApproval } from './approval';
import { countPlurality } from './plurality';
import { countScottishStv } from './scottish-stv';

/** A random election: 1–7 candidates in up to 3 groups (or none), 1–4 seats, up to 40 ballot entries. */
const election = (oneElectedPerGroup: boolean): fc.Arbitrary<CountInput> =>
  fc
    .record({
      groups: fc.array(fc.constantFrom('g1', 'g2', 'g3', null), { minLength: 1, maxLength: 7 }),
      seats: fc.integer({ min: 1, max: 4 }),
      seed: fc.string({ minLength: 1, maxLength: 12 }),
      rawBallots: fc.array(fc.record({ picks: fc.array(fc.nat({ max: 8 }), { maxLength: 8 }), count: fc.integer({ min: 1, max: 3 }) }), { maxLength: 40 }),
    })
    .map(({ groups, seats, seed, rawBallots }) => ({
      seats,
      seed,
      oneElectedPerGroup,
      candidates: groups.map((group, index) => ({ id: `c${index}`, group })),
      // Index 7 and 8 name no candidate, so some ballots are invalid or truncated.
      ballots: rawBallots.map(({ picks, count }) => ({ choices: picks.map((pick) => `c${pick}`), count })),
    }));

const anyElection = fc.boolean().chain(election);
const methods = ['plurality', 'approval', 'stv'] as const;
const votes = (result: CountResult, id: string) => result.totals.find((total) => total.candidateId === id)?.votes ?? 0;
const constraintKeys = (input: CountInput, ids: readonly string[]) =>
  ids.map((id) => {
    const group = input.candidates.find((candidate) => candidate.id === id)?.group;
    return group != null && input.oneElectedPerGroup ? `group:${group}` : `candidate:${id}`;
  });

describe('counting properties', () => {
  it('plurality and approval: no loser has more votes than a winner (without the group constraint)', () => {
    fc.assert(
      fc.property(election(false), (input) => {
        for (const result of [countPlurality(input), countApproval(input)]) {
          const fewestWinning = Math.min(...result.elected.map((id) => votes(result, id)));
          const losers = input.candidates.filter((candidate) => !result.elected.includes(candidate.id));
          for (const loser of losers) expect(votes(result, loser.id)).toBeLessThanOrEqual(fewestWinning);
        }
      }),
    );
  });

  it('STV never creates or loses vote value between stages: values + non-transferable + loss due to fractions = valid papers', () => {
    fc.assert(
      fc.property(anyElection, (input) => {
        const result = countScottishStv(input);
        for (const round of result.rounds) {
          const held = round.candidates.reduce((sum, line) => sum + line.votes, 0);
          expect(held + round.nonTransferableTotal + round.lossDueToFractionsTotal).toBeCloseTo(result.validBallots, 6);
          expect(round.nonTransferable).toBeGreaterThanOrEqual(0);
          expect(round.lossDueToFractions).toBeGreaterThanOrEqual(0);
          // Truncation to 5 places loses less than 0.00001 per transferred paper.
          expect(round.lossDueToFractions).toBeLessThanOrEqual(result.validBallots * 0.00001 + 1e-9);
          for (const line of round.candidates) expect(line.votes).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });

  it('never elects more than k, never elects anyone twice, and the same seed gives the same result', () => {
    fc.assert(
      fc.property(anyElection, fc.constantFrom(...methods), (input, method) => {
        const result = countElection(method, input);
        expect(result.elected.length).toBeLessThanOrEqual(input.seats);
        expect(new Set(result.elected).size).toBe(result.elected.length);
        expect(result.elected.length + result.unfilledSeats).toBe(input.seats);
        expect(countElection(method, input)).toEqual(result);
      }),
    );
  });

  it('the one-per-group constraint always holds', () => {
    fc.assert(
      fc.property(election(true), fc.constantFrom(...methods), (input, method) => {
        const result = countElection(method, input);
        const groups = result.elected.flatMap((id) => input.candidates.find((candidate) => candidate.id === id)?.group ?? []);
        expect(new Set(groups).size).toBe(groups.length);
      }),
    );
  });

  it('STV fills every seat that the candidates and the group constraint allow', () => {
    fc.assert(
      fc.property(anyElection, (input) => {
        const result = countScottishStv(input);
        if (result.validBallots === 0) return;
        const electable = new Set(
          constraintKeys(
            input,
            input.candidates.map((candidate) => candidate.id),
          ),
        ).size;
        expect(result.elected.length).toBe(Math.min(input.seats, electable));
      }),
    );
  });

  it('plurality and approval fill every seat the voted-for candidates and the group constraint allow', () => {
    fc.assert(
      fc.property(anyElection, (input) => {
        for (const result of [countPlurality(input), countApproval(input)]) {
          const votedFor = input.candidates.filter((candidate) => votes(result, candidate.id) > 0).map((candidate) => candidate.id);
          expect(result.elected.length).toBe(Math.min(input.seats, new Set(constraintKeys(input, votedFor)).size));
        }
      }),
    );
  });

  it('STV elects a candidate whose first preferences reach the quota (without the group constraint)', () => {
    fc.assert(
      fc.property(election(false), (input) => {
        const result = countScottishStv(input);
        for (const total of result.totals) {
          if (result.quota !== null && total.votes >= result.quota) expect(result.elected).toContain(total.candidateId);
        }
      }),
    );
  });
});

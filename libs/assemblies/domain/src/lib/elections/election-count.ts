import type { Ballot, CountCandidate, CountInput } from '../counting';

/**
 * The counting input of an election: electronic ballots and confirmed paper entries
 * together (paper entries carry their `count`). Unconfirmed paper totals never get here.
 * Candidates are ordered by id so the input, and thus a recount, is the same every time.
 */
export function electionCountInput(args: {
  seats: number;
  candidates: readonly CountCandidate[];
  electronic: readonly Ballot[];
  confirmedPaper: ReadonlyArray<readonly Ballot[]>;
  seed: string;
  oneElectedPerGroup?: boolean;
}): CountInput {
  return {
    seats: args.seats,
    candidates: [...args.candidates].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    ballots: [...args.electronic, ...args.confirmedPaper.flat()],
    seed: args.seed,
    oneElectedPerGroup: args.oneElectedPerGroup ?? false,
  };
}

import type { Ballot, CountingMethod } from '../counting';

/**
 * What a ballot may hold, by counting method, checked when it is cast (electronic) or
 * entered (paper), so that every stored ballot is one the count accepts:
 * - plurality for k seats: 1 to k different candidates marked;
 * - approval: 1 to all candidates approved;
 * - STV: a ranking of 1 to all candidates, each at most once, first preference first.
 */
export interface BallotRules {
  method: CountingMethod;
  seats: number;
  candidateIds: readonly string[];
}

export type BallotProblem = 'blank' | 'too-many-marks' | 'duplicate-mark' | 'unknown-candidate';

export function ballotProblem(rules: BallotRules, choices: readonly string[]): BallotProblem | null {
  if (choices.length === 0) return 'blank';
  if (new Set(choices).size !== choices.length) return 'duplicate-mark';
  const known = new Set(rules.candidateIds);
  if (choices.some((choice) => !known.has(choice))) return 'unknown-candidate';
  if (rules.method === 'plurality' && choices.length > rules.seats) return 'too-many-marks';
  return null;
}

export function describeBallotProblem(problem: BallotProblem, rules: BallotRules): string {
  switch (problem) {
    case 'blank':
      return 'A ballot must mark at least one candidate.';
    case 'duplicate-mark':
      return 'A ballot may mark each candidate only once.';
    case 'unknown-candidate':
      return 'A ballot may only mark candidates standing in this election.';
    case 'too-many-marks':
      return `A plurality ballot marks at most ${rules.seats} candidate${rules.seats === 1 ? '' : 's'}.`;
  }
}

/** The most papers one paper entry may claim: far above any county meeting, low enough to catch typos in the millions. */
export const MAX_PAPER_COUNT = 1_000_000;

/**
 * Paper totals as staff enter them: per-candidate totals (plurality and approval: marks
 * counted off the papers), or groups of identical papers with their number (any method;
 * the only form for STV, whose papers are rankings).
 */
export interface PaperTotalsDraft {
  totals?: ReadonlyArray<{ candidateId: string; votes: number }>;
  groups?: ReadonlyArray<{ choices: readonly string[]; count: number }>;
  /** The papers counted, as the tally sheet states it; optional (see papersCounted). */
  papers?: number | null;
}

export type PaperTotalsCheck = { ok: true; ballots: Ballot[] } | { ok: false; field: string; message: string };

/**
 * Validates paper totals and turns them into counting input. Per-candidate totals become
 * one single-mark entry per candidate (a plurality or approval count only adds marks up,
 * so the outcome is the same as counting the papers one by one).
 */
export function paperTotalsToBallots(rules: BallotRules, draft: PaperTotalsDraft): PaperTotalsCheck {
  const totals = draft.totals ?? [];
  const groups = draft.groups ?? [];
  if (totals.length > 0 && groups.length > 0) return { ok: false, field: 'totals', message: 'Give either per-candidate totals or ballot groups, not both.' };
  if (totals.length === 0 && groups.length === 0) return { ok: false, field: 'totals', message: 'Paper totals need at least one entry.' };
  const known = new Set(rules.candidateIds);
  const ballots: Ballot[] = [];
  if (totals.length > 0) {
    if (rules.method === 'stv') {
      return { ok: false, field: 'totals', message: 'STV papers are rankings: enter them as ballot groups (a ranking and how many papers carry it).' };
    }
    const seen = new Set<string>();
    for (const [index, line] of totals.entries()) {
      const field = `totals.${index}`;
      if (!known.has(line.candidateId)) return { ok: false, field, message: 'Totals may only name candidates standing in this election.' };
      if (seen.has(line.candidateId)) return { ok: false, field, message: 'Each candidate appears at most once in the totals.' };
      seen.add(line.candidateId);
      if (!isCount(line.votes, 0)) return { ok: false, field, message: `votes must be a whole number from 0 to ${MAX_PAPER_COUNT}.` };
      if (line.votes > 0) ballots.push({ choices: [line.candidateId], count: line.votes });
    }
  } else {
    for (const [index, group] of groups.entries()) {
      const field = `groups.${index}`;
      if (!isCount(group.count, 1)) return { ok: false, field, message: `count must be a whole number from 1 to ${MAX_PAPER_COUNT}.` };
      const problem = ballotProblem(rules, group.choices);
      if (problem) return { ok: false, field, message: describeBallotProblem(problem, rules) };
      ballots.push({ choices: [...group.choices], count: group.count });
    }
  }
  if (ballots.length === 0)
    return { ok: false, field: 'totals', message: 'Paper totals with no votes at all add nothing; enter them only when papers were cast.' };
  if (draft.papers !== undefined && draft.papers !== null) {
    const fewest = fewestPapers(rules, draft);
    if (!isCount(draft.papers, 1)) return { ok: false, field: 'papers', message: `papers must be a whole number from 1 to ${MAX_PAPER_COUNT}.` };
    if (groups.length > 0 && draft.papers !== fewest) return { ok: false, field: 'papers', message: `The groups hold ${fewest} papers, not ${draft.papers}.` };
    if (draft.papers < fewest) return { ok: false, field: 'papers', message: `These totals need at least ${fewest} papers to carry their marks.` };
  }
  return { ok: true, ballots };
}

/**
 * The papers an entry of paper totals stands for: as stated on the tally sheet when given;
 * otherwise, for groups, their papers; for per-candidate totals, the fewest papers that can
 * carry those marks (one mark per candidate on a paper, and at most `seats` marks on a
 * plurality paper). That number is what the papers issued at the meeting must cover.
 */
export function papersCounted(rules: Pick<BallotRules, 'method' | 'seats'>, draft: PaperTotalsDraft): number {
  return draft.papers ?? fewestPapers(rules, draft);
}

function fewestPapers(rules: Pick<BallotRules, 'method' | 'seats'>, draft: PaperTotalsDraft): number {
  const groups = draft.groups ?? [];
  if (groups.length > 0) return groups.reduce((sum, group) => sum + group.count, 0);
  const votes = (draft.totals ?? []).map((line) => line.votes);
  const most = Math.max(0, ...votes);
  if (rules.method !== 'plurality') return most;
  return Math.max(most, Math.ceil(votes.reduce((sum, count) => sum + count, 0) / rules.seats));
}

/** Whether confirming entries standing for `papers` more papers keeps the election's paper totals within the papers issued. */
export function papersWithinIssued(confirmedPapers: number, papers: number, issued: number): boolean {
  return confirmedPapers + papers <= issued;
}

function isCount(value: number, min: number): boolean {
  return Number.isSafeInteger(value) && value >= min && value <= MAX_PAPER_COUNT;
}

/** The four-eyes rule: totals count only once a second staff member has confirmed them. */
export function mayConfirmPaperTotals(enteredBy: string, confirmer: string): boolean {
  return enteredBy.toLowerCase() !== confirmer.toLowerCase();
}

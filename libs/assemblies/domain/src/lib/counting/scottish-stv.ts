/**
 * Single transferable vote, counted by the Scottish STV rules: The Scottish Local
 * Government Elections Order 2007 (SSI 2007/42), Schedule 1, Part III, "Counting of
 * votes", rules 45–52, with the definitions of article 2 ("continuing candidate", "next
 * available preference", "non-transferable paper", "stage of the count", "surplus").
 *
 *  - Rule 45 — first stage: valid papers are sorted by first preference; each candidate is
 *    credited one vote per paper.
 *  - Rule 46 — quota = floor(valid papers / (seats + 1)) + 1 (Droop).
 *  - Rule 47 — a candidate whose votes equal or exceed the quota at any stage is deemed
 *    elected.
 *  - Rule 48 — a surplus is transferred by sorting ALL papers the candidate received
 *    (weighted inclusive Gregory): each paper moves to its next available preference at
 *    transfer value = (surplus × value of the paper when received) / total votes of the
 *    transferring candidate, to five decimal places with any remainder ignored.
 *  - Rule 49 — with several surpluses, the largest is transferred first, one per stage;
 *    equal surpluses: the candidate with the most votes at the end of the most recent
 *    preceding stage at which they had unequal votes goes first; equal at all stages: lot.
 *  - Rule 50 — with no surplus to transfer, the candidate with the lowest votes is
 *    excluded and all of their papers move to the next available preference at the value
 *    at which the candidate received them (one for first preferences).
 *  - Rule 51 — equal lowest: the candidate with the fewest votes at the end of the most
 *    recent preceding stage at which they had unequal votes is excluded; equal at all
 *    stages: lot.
 *  - Rule 52 — when the continuing candidates are as many as the vacancies left, they are
 *    all deemed elected and no further transfer is made.
 *
 * Points where the text had to be interpreted:
 *  1. Arithmetic is exact: values are integers in units of 0.00001 of a vote, and the
 *     rule 48(3) product is computed with BigInt before truncating. Values are reported
 *     as numbers with five decimal places.
 *  2. After a surplus transfer the elected candidate keeps exactly the quota. The surplus
 *     is accounted for as: value transferred to continuing candidates + value of the
 *     non-transferable papers at their transfer value + "loss due to fractions" (what the
 *     truncation to five places dropped). So at every stage: sum of candidates' values +
 *     non-transferable + loss due to fractions = valid papers.
 *  3. Rules 49(2)/51(2) with three or more tied candidates: walk back from the most recent
 *     preceding stage; at each stage where the tied candidates are not all equal, keep
 *     only those with the most (49) or fewest (51) votes; stop when one is left; if more
 *     than one is left after the first stage, draw lots among them.
 *  4. Candidates reaching the quota at the same stage are elected in order of votes, ties
 *     resolved as in rule 49(2) and then by lot (the Order does not rank them; the order
 *     matters only for the published order and for the group constraint below).
 *  5. "Lot" is the seeded draw of tie-break.ts; its `stage` is the stage whose decision
 *     needs it (the stage about to be counted for rules 49 and 51; the stage just counted
 *     for the order of election).
 *  6. Ballots are ordered candidate ids. A paper without a first preference or whose first
 *     preference is not a candidate is rejected. A later preference that repeats an
 *     earlier one or names no candidate ends the paper there: preferences must run "in
 *     consecutive order", so nothing after the break is a next available preference.
 *  7. With no valid papers nothing is counted and nobody is elected.
 *  8. When fewer candidates are continuing than vacancies remain (only possible with too
 *     few candidates or with the extension below), rule 52 elects them all and the other
 *     seats stay unfilled.
 *
 * Platform extension — "at most one elected per group" (District Leadership Council: at
 * most one member per county), enforced inside the count, not by the Order:
 *  a. When a candidate is deemed elected, every continuing candidate of the same group is
 *     excluded at once ("barred"). Their papers are transferred at their current value,
 *     one barred candidate per stage, before any surplus or rule 50 exclusion.
 *  b. Rule 52 applies only when the continuing candidates all belong to different groups.
 *  c. When the continuing candidates' groups are no more than the vacancies left, a
 *     candidate who is the only one left of their group is not excluded under rule 50
 *     (excluding them would leave a seat that no-one may fill); the lowest of the others
 *     is excluded instead.
 *  Without groups (or with the constraint off) a–c never apply and the count is exactly
 *  the Scottish rules.
 */
import { assertCountInput, ballotCount, constraintKey } from './count-validation';
import type {
  CandidateOutcome,
  CandidateStatus,
  CountCandidate,
  CountInput,
  CountResult,
  CountRound,
  RejectedBallot,
  RoundKind,
  TieBreak,
  TieBreakPurpose,
  TransferValueLine,
} from './counting.types';
import { drawLots } from './tie-break';

/** Values are integers in units of 0.00001 of a vote (rule 48(3): five decimal places). */
const UNIT = 100_000;

interface Paper {
  preferences: string[];
  count: number;
  /** Index in `preferences` of the candidate holding the paper. */
  position: number;
  /** Value (units) of the paper when received by its holder. */
  value: number;
}

interface StageTransfer {
  nonTransferable: number;
  loss: number;
  lines: TransferValueLine[];
}

export function countScottishStv(input: CountInput): CountResult {
  assertCountInput(input);
  const oneElectedPerGroup = input.oneElectedPerGroup ?? false;
  const candidates = new Map(input.candidates.map((candidate) => [candidate.id, candidate]));
  const ids = input.candidates.map((candidate) => candidate.id);
  const keyOf = (id: string): string => constraintKey(candidates.get(id) as CountCandidate, oneElectedPerGroup);

  // Rule 45 — valid papers and first preferences.
  const rejectedBallots: RejectedBallot[] = [];
  const papers: Paper[] = [];
  let truncatedBallots = 0;
  input.ballots.forEach((ballot, index) => {
    const count = ballotCount(ballot.count);
    if (count === null) return rejectedBallots.push({ index, reason: 'invalid-count', count: 0 });
    const [first, ...later] = ballot.choices;
    if (first === undefined) return rejectedBallots.push({ index, reason: 'blank', count });
    if (!candidates.has(first)) return rejectedBallots.push({ index, reason: 'unknown-candidate', count });
    const preferences = [first];
    for (const choice of later) {
      if (!candidates.has(choice) || preferences.includes(choice)) {
        truncatedBallots += count;
        break;
      }
      preferences.push(choice);
    }
    return papers.push({ preferences, count, position: 0, value: UNIT });
  });
  const validBallots = papers.reduce((sum, paper) => sum + paper.count, 0);

  // Rule 46 — the quota.
  const quota = Math.floor(validBallots / (input.seats + 1)) + 1;
  const quotaUnits = quota * UNIT;

  const status = new Map<string, CandidateStatus>(ids.map((id) => [id, 'continuing']));
  const outcome = new Map<string, CandidateOutcome>(ids.map((id) => [id, 'defeated']));
  const votes = new Map<string, number>(ids.map((id) => [id, 0]));
  const parcels = new Map<string, Paper[]>(ids.map((id) => [id, []]));
  const firstPreferences = new Map<string, number>(ids.map((id) => [id, 0]));
  /** history[s - 1]: every candidate's votes at the end of stage s. */
  const history: Map<string, number>[] = [];
  const elected: string[] = [];
  const usedKeys = new Set<string>();
  const pendingSurpluses: string[] = [];
  const pendingBarred: string[] = [];
  const rounds: CountRound[] = [];
  const tieBreaks: TieBreak[] = [];
  let stage = 0;
  let nonTransferableTotal = 0;
  let lossTotal = 0;

  const votesOf = (id: string): number => votes.get(id) ?? 0;
  const continuing = (): string[] => ids.filter((id) => status.get(id) === 'continuing');
  const vacancies = (): number => input.seats - elected.length;

  /**
   * Rules 49(2)/51(2), then lot: picks the candidate with the most (or fewest) votes at
   * the most recent preceding stage where the tied candidates differed.
   */
  function resolveTie(tied: string[], prefer: 'most' | 'fewest', purpose: TieBreakPurpose, lotStage: number): string {
    let remaining = tied;
    const stagesConsulted: number[] = [];
    for (let earlier = stage - 1; earlier >= 1 && remaining.length > 1; earlier -= 1) {
      const snapshot = history[earlier - 1] as Map<string, number>;
      const values = remaining.map((id) => snapshot.get(id) ?? 0);
      stagesConsulted.push(earlier);
      const target = prefer === 'most' ? Math.max(...values) : Math.min(...values);
      remaining = remaining.filter((id) => (snapshot.get(id) ?? 0) === target);
    }
    const onlyOne = remaining.length === 1 ? remaining[0] : undefined;
    if (onlyOne !== undefined) {
      tieBreaks.push({ stage: lotStage, purpose, tied, resolvedBy: 'earlier-stage', stagesConsulted, seed: null, draws: [], chosen: onlyOne });
      return onlyOne;
    }
    const draws = drawLots(input.seed, lotStage, remaining);
    const chosen = draws[0]?.candidateId as string;
    tieBreaks.push({ stage: lotStage, purpose, tied, resolvedBy: 'lot', stagesConsulted, seed: input.seed, draws, chosen });
    return chosen;
  }

  /** Orders candidates by votes, most first, for the order of election (interpretation 4). */
  function electionOrder(group: string[]): string[] {
    const ordered: string[] = [];
    let left = [...group];
    while (left.length > 0) {
      const most = Math.max(...left.map(votesOf));
      const top = left.filter((id) => votesOf(id) === most);
      const next = top.length === 1 ? (top[0] as string) : resolveTie(top, 'most', 'election-order', stage);
      ordered.push(next);
      left = left.filter((id) => id !== next);
    }
    return ordered;
  }

  function elect(id: string, round: CountRound, rule: string): void {
    status.set(id, 'elected');
    outcome.set(id, 'elected');
    elected.push(id);
    usedKeys.add(keyOf(id));
    round.electedThisStage.push(id);
    round.notes.push(`${id} elected (${rule})`);
    if (votesOf(id) > quotaUnits) pendingSurpluses.push(id);
    // Extension a: the rest of the group can no longer win.
    for (const other of continuing()) {
      if (keyOf(other) === keyOf(id)) bar(other, round);
    }
  }

  function bar(id: string, round: CountRound): void {
    status.set(id, 'excluded');
    outcome.set(id, 'barred');
    pendingBarred.push(id);
    round.excludedThisStage.push(id);
    round.notes.push(`${id} barred: a candidate of the same group is elected (platform extension)`);
  }

  function nextPreference(paper: Paper): number {
    for (let position = paper.position + 1; position < paper.preferences.length; position += 1) {
      if (status.get(paper.preferences[position] as string) === 'continuing') return position;
    }
    return -1;
  }

  /** Moves a candidate's papers on; `valueFor` gives each paper's new value (units). */
  function transferPapers(from: string, valueFor: (paper: Paper) => number): StageTransfer & { moved: number } {
    const lines = new Map<number, TransferValueLine>();
    let moved = 0;
    let nonTransferable = 0;
    for (const paper of parcels.get(from) ?? []) {
      const value = valueFor(paper);
      const line = lines.get(paper.value) ?? { receivedValue: paper.value, transferValue: value, papers: 0, nonTransferablePapers: 0 };
      lines.set(paper.value, line);
      const position = nextPreference(paper);
      if (position < 0) {
        nonTransferable += value * paper.count;
        line.nonTransferablePapers += paper.count;
        continue;
      }
      const to = paper.preferences[position] as string;
      paper.position = position;
      paper.value = value;
      parcels.get(to)?.push(paper);
      votes.set(to, votesOf(to) + value * paper.count);
      moved += value * paper.count;
      line.papers += paper.count;
    }
    parcels.set(from, []);
    const report = [...lines.values()]
      .sort((a, b) => b.receivedValue - a.receivedValue)
      .map((line) => ({ ...line, receivedValue: toVotes(line.receivedValue), transferValue: toVotes(line.transferValue) }));
    return { moved, nonTransferable, loss: 0, lines: report };
  }

  function runStage(kind: RoundKind, subject: string | null, transfer: () => StageTransfer): CountRound {
    stage += 1;
    const before = new Map(votes);
    const { nonTransferable, loss, lines } = transfer();
    nonTransferableTotal += nonTransferable;
    lossTotal += loss;
    history.push(new Map(votes));
    const round: CountRound = {
      stage,
      kind,
      subject,
      candidates: [],
      transferValues: lines,
      nonTransferable: toVotes(nonTransferable),
      nonTransferableTotal: toVotes(nonTransferableTotal),
      lossDueToFractions: toVotes(loss),
      lossDueToFractionsTotal: toVotes(lossTotal),
      electedThisStage: [],
      excludedThisStage: kind === 'exclusion' && subject !== null ? [subject] : [],
      notes: [],
    };
    // Rule 47 — deemed elected on reaching the quota.
    const reached = continuing().filter((id) => votesOf(id) >= quotaUnits);
    for (const id of electionOrder(reached)) {
      if (status.get(id) !== 'continuing' || vacancies() === 0) continue;
      elect(id, round, 'rule 47: quota reached');
    }
    round.candidates = ids.map((id) => ({
      candidateId: id,
      votes: toVotes(votesOf(id)),
      change: toVotes(votesOf(id) - (before.get(id) ?? 0)),
      status: status.get(id) as CandidateStatus,
    }));
    rounds.push(round);
    return round;
  }

  let lastRound = runStage('first-preferences', null, () => {
    for (const paper of papers) {
      const first = paper.preferences[0] as string;
      parcels.get(first)?.push(paper);
      votes.set(first, votesOf(first) + UNIT * paper.count);
      firstPreferences.set(first, (firstPreferences.get(first) ?? 0) + paper.count);
    }
    return { nonTransferable: 0, loss: 0, lines: [] };
  });

  if (validBallots === 0) lastRound.notes.push('no valid papers: nobody is elected');
  while (validBallots > 0 && vacancies() > 0) {
    const standing = continuing();
    const standingKeys = new Set(standing.map(keyOf));
    // Rule 52 (with extension b): the last vacancies are filled without further transfer.
    if (standing.length <= vacancies() && standingKeys.size === standing.length) {
      for (const id of electionOrder(standing)) elect(id, lastRound, 'rule 52: as many continuing candidates as vacancies');
      syncStatuses(lastRound);
      break;
    }

    const barred = pendingBarred.shift();
    if (barred !== undefined) {
      // Extension a: a barred candidate's papers move on at their current value.
      lastRound = runStage('group-exclusion', barred, () => {
        const held = votesOf(barred);
        const result = transferPapers(barred, (paper) => paper.value);
        votes.set(barred, 0);
        return { ...result, loss: held - result.moved - result.nonTransferable };
      });
      continue;
    }

    if (pendingSurpluses.length > 0) {
      // Rule 49 — the largest surplus first.
      const largest = Math.max(...pendingSurpluses.map(votesOf));
      const tied = pendingSurpluses.filter((id) => votesOf(id) === largest);
      const from = tied.length === 1 ? (tied[0] as string) : resolveTie(tied, 'most', 'surplus-order', stage + 1);
      pendingSurpluses.splice(pendingSurpluses.indexOf(from), 1);
      // Rule 48 — weighted inclusive Gregory transfer of the surplus.
      lastRound = runStage('surplus', from, () => {
        const total = votesOf(from);
        const surplus = total - quotaUnits;
        const result = transferPapers(from, (paper) => Number((BigInt(surplus) * BigInt(paper.value)) / BigInt(total)));
        votes.set(from, quotaUnits);
        return { ...result, loss: surplus - result.moved - result.nonTransferable };
      });
      continue;
    }

    // Rule 50 — exclude the lowest (extension c protects the last of a group when needed).
    const byKey = new Map<string, number>();
    for (const id of standing) byKey.set(keyOf(id), (byKey.get(keyOf(id)) ?? 0) + 1);
    const protect = byKey.size <= vacancies();
    const excludable = standing.filter((id) => !protect || (byKey.get(keyOf(id)) ?? 0) > 1);
    if (excludable.length === 0) break;
    const lowest = Math.min(...excludable.map(votesOf));
    const tied = excludable.filter((id) => votesOf(id) === lowest);
    // Rule 51 — equal lowest.
    const excluded = tied.length === 1 ? (tied[0] as string) : resolveTie(tied, 'fewest', 'exclusion', stage + 1);
    status.set(excluded, 'excluded');
    outcome.set(excluded, 'excluded');
    lastRound = runStage('exclusion', excluded, () => {
      const held = votesOf(excluded);
      const result = transferPapers(excluded, (paper) => paper.value);
      votes.set(excluded, 0);
      return { ...result, loss: held - result.moved - result.nonTransferable };
    });
    if (protect) lastRound.notes.push('the last continuing candidate of each group was kept from exclusion (platform extension)');
  }

  function syncStatuses(round: CountRound): void {
    for (const line of round.candidates) line.status = status.get(line.candidateId) as CandidateStatus;
  }

  return {
    method: 'stv',
    seats: input.seats,
    seed: input.seed,
    oneElectedPerGroup,
    elected,
    unfilledSeats: vacancies(),
    validBallots,
    rejectedBallots,
    truncatedBallots,
    quota,
    totals: ids.map((id) => ({ candidateId: id, votes: firstPreferences.get(id) ?? 0, outcome: outcome.get(id) as CandidateOutcome })),
    rounds,
    tieBreaks,
  };
}

function toVotes(units: number): number {
  return units / UNIT;
}

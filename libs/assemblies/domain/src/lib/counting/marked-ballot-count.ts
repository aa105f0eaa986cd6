import { assertCountInput, ballotCount, constraintKey } from './count-validation';
import type { CandidateOutcome, CountInput, CountResult, RejectedBallot, RejectionReason, TieBreak } from './counting.types';
import { drawLots } from './tie-break';

/**
 * Plurality for k seats and approval share one count: every valid ballot gives one vote to
 * each candidate it marks, and the k candidates with the most votes win. They differ only
 * in how many marks a ballot may carry (at most k for plurality, any number for approval).
 *
 * Ranking: candidates by votes, highest first. Within a group of equal votes, when the
 * group does not simply fit in the remaining seats (too many of them, or, with the
 * one-per-group constraint, two of them from the same group), the order inside it is
 * drawn by lot (tie-break.ts, stage 1) and recorded; otherwise the entry order is kept and
 * no lot is needed because the order changes nothing.
 *
 * One-per-group constraint: walk the ranking and pass over ("bar") a candidate whose group
 * already has a winner, so the seat goes to the next candidate in the ranking.
 *
 * A candidate with no votes is never elected: the seat stays unfilled rather than being
 * given away by lot.
 */
export function countMarkedBallots(method: 'plurality' | 'approval', input: CountInput): CountResult {
  assertCountInput(input);
  const oneElectedPerGroup = input.oneElectedPerGroup ?? false;
  const candidateIds = new Set(input.candidates.map((candidate) => candidate.id));
  const votes = new Map(input.candidates.map((candidate) => [candidate.id, 0]));
  const rejectedBallots: RejectedBallot[] = [];
  let validBallots = 0;

  input.ballots.forEach((ballot, index) => {
    const count = ballotCount(ballot.count);
    const reason = count === null ? 'invalid-count' : rejectionReason(method, ballot.choices, input.seats, candidateIds);
    if (reason !== null || count === null) {
      rejectedBallots.push({ index, reason: reason ?? 'invalid-count', count: count ?? 0 });
      return;
    }
    validBallots += count;
    for (const choice of ballot.choices) votes.set(choice, (votes.get(choice) ?? 0) + count);
  });

  const entryOrder = new Map(input.candidates.map((candidate, index) => [candidate.id, index]));
  const ranked = [...input.candidates].sort(
    (a, b) => (votes.get(b.id) ?? 0) - (votes.get(a.id) ?? 0) || (entryOrder.get(a.id) ?? 0) - (entryOrder.get(b.id) ?? 0),
  );

  const elected: string[] = [];
  const outcome = new Map<string, CandidateOutcome>(input.candidates.map((candidate) => [candidate.id, 'defeated']));
  const usedKeys = new Set<string>();
  const tieBreaks: TieBreak[] = [];

  for (let start = 0; start < ranked.length && elected.length < input.seats;) {
    const level = votes.get(ranked[start]?.id ?? '') ?? 0;
    let end = start;
    while (end < ranked.length && (votes.get(ranked[end]?.id ?? '') ?? 0) === level) end += 1;
    const levelCandidates = ranked.slice(start, end);
    start = end;
    if (level === 0) break;

    const eligible = levelCandidates.filter((candidate) => {
      if (!usedKeys.has(constraintKey(candidate, oneElectedPerGroup))) return true;
      outcome.set(candidate.id, 'barred');
      return false;
    });
    const keys = new Set(eligible.map((candidate) => constraintKey(candidate, oneElectedPerGroup)));
    const remaining = input.seats - elected.length;
    let order = eligible;
    if (eligible.length > remaining || keys.size < eligible.length) {
      const draws = drawLots(
        input.seed,
        1,
        eligible.map((candidate) => candidate.id),
      );
      const byId = new Map(eligible.map((candidate) => [candidate.id, candidate]));
      order = draws.flatMap((draw) => byId.get(draw.candidateId) ?? []);
      tieBreaks.push({
        stage: 1,
        purpose: 'ranking',
        tied: eligible.map((candidate) => candidate.id),
        resolvedBy: 'lot',
        stagesConsulted: [],
        seed: input.seed,
        draws,
        chosen: draws[0]?.candidateId ?? '',
      });
    }
    for (const candidate of order) {
      const key = constraintKey(candidate, oneElectedPerGroup);
      if (usedKeys.has(key)) {
        outcome.set(candidate.id, 'barred');
      } else if (elected.length < input.seats) {
        elected.push(candidate.id);
        usedKeys.add(key);
        outcome.set(candidate.id, 'elected');
      }
    }
  }
  const totals = input.candidates.map((candidate) => ({
    candidateId: candidate.id,
    votes: votes.get(candidate.id) ?? 0,
    outcome: outcome.get(candidate.id) ?? 'defeated',
  }));
  const electedSet = new Set(elected);
  return {
    method,
    seats: input.seats,
    seed: input.seed,
    oneElectedPerGroup,
    elected,
    unfilledSeats: input.seats - elected.length,
    validBallots,
    rejectedBallots,
    truncatedBallots: 0,
    quota: null,
    totals,
    rounds: [
      {
        stage: 1,
        kind: 'tally',
        subject: null,
        candidates: totals.map((total) => ({
          candidateId: total.candidateId,
          votes: total.votes,
          change: total.votes,
          status: electedSet.has(total.candidateId) ? 'elected' : 'continuing',
        })),
        transferValues: [],
        nonTransferable: 0,
        nonTransferableTotal: 0,
        lossDueToFractions: 0,
        lossDueToFractionsTotal: 0,
        electedThisStage: elected,
        excludedThisStage: [],
        notes: [],
      },
    ],
    tieBreaks,
  };
}

function rejectionReason(
  method: 'plurality' | 'approval',
  choices: readonly string[],
  seats: number,
  candidateIds: ReadonlySet<string>,
): RejectionReason | null {
  if (choices.length === 0) return 'blank';
  if (choices.some((choice) => !candidateIds.has(choice))) return 'unknown-candidate';
  if (new Set(choices).size !== choices.length) return 'duplicate-mark';
  if (method === 'plurality' && choices.length > seats) return 'too-many-marks';
  return null;
}

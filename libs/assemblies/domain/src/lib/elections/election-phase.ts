/**
 * The life of an election: nominations → voting → closed → certified. Staff move it along;
 * nothing moves backwards, so what voters and candidates saw stays what was counted.
 *
 * - nominations: candidates nominate themselves and may withdraw.
 * - voting: the candidate list is frozen; the electorate votes; paper totals may be entered.
 * - closed: no more ballots; the tie-break seed is drawn; paper totals are entered and confirmed.
 * - certified: counted, winners seated, result public. Final.
 */
export const ELECTION_PHASES = ['nominations', 'voting', 'closed', 'certified'] as const;
export type ElectionPhase = (typeof ELECTION_PHASES)[number];

export type ElectionAction = 'open-voting' | 'close-voting' | 'certify';

export type ElectionTransition = { kind: 'change'; next: ElectionPhase } | { kind: 'refuse'; reason: string };

const MOVES: Record<ElectionAction, { from: ElectionPhase; to: ElectionPhase }> = {
  'open-voting': { from: 'nominations', to: 'voting' },
  'close-voting': { from: 'voting', to: 'closed' },
  certify: { from: 'closed', to: 'certified' },
};

export function transitionElection(current: ElectionPhase, action: ElectionAction): ElectionTransition {
  const move = MOVES[action];
  return current === move.from
    ? { kind: 'change', next: move.to }
    : { kind: 'refuse', reason: `${action} needs an election in ${move.from}; this one is ${current}` };
}

/** Opening voting with fewer candidates than seats is allowed (seats stay vacant), with none it is not. */
export function openVotingProblems(activeCandidates: number): string[] {
  return activeCandidates === 0 ? ['no candidate is standing'] : [];
}

export const mayNominate = (phase: ElectionPhase): boolean => phase === 'nominations';
/** Withdrawal ends when voting opens: ballots then list the candidate. */
export const mayWithdraw = (phase: ElectionPhase): boolean => phase === 'nominations';
export const mayVote = (phase: ElectionPhase): boolean => phase === 'voting';
/** Paper totals come in while voting runs or after it closed, until certification. */
export const mayEnterPaperTotals = (phase: ElectionPhase): boolean => phase === 'voting' || phase === 'closed';
/** Tallies stay hidden until certified, so that running totals cannot sway the room. */
export const resultIsPublic = (phase: ElectionPhase): boolean => phase === 'certified';

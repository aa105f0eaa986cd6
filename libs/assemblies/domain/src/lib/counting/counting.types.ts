/**
 * The shape shared by every counting method (plurality, approval, Scottish STV): one input,
 * one result, so the election use cases store and publish any count the same way.
 */

export const COUNTING_METHODS = ['plurality', 'approval', 'stv'] as const;
export type CountingMethod = (typeof COUNTING_METHODS)[number];

export interface CountCandidate {
  id: string;
  /**
   * The candidate's group for the "at most one elected per group" constraint (for the
   * District Leadership Council: the candidate's county code). Ungrouped candidates are
   * never constrained.
   */
  group?: string | null;
}

export interface Ballot {
  /**
   * Plurality: the marked candidates (at most `seats`). Approval: the approved candidates.
   * STV: the preferences, first preference first.
   */
  choices: readonly string[];
  /**
   * How many identical ballots this entry stands for (default 1), so confirmed paper
   * totals and electronic ballots can be counted together.
   */
  count?: number;
}

export interface CountInput {
  seats: number;
  candidates: readonly CountCandidate[];
  ballots: readonly Ballot[];
  /** The recorded seed every lot of this count is drawn from (see tie-break.ts). */
  seed: string;
  /** Enforce "at most one elected per group" inside the count. */
  oneElectedPerGroup?: boolean;
}

export type RejectionReason = 'blank' | 'too-many-marks' | 'duplicate-mark' | 'unknown-candidate' | 'invalid-count';

export interface RejectedBallot {
  /** Position of the ballot in `CountInput.ballots`. */
  index: number;
  reason: RejectionReason;
  /** How many papers the rejected entry stood for. */
  count: number;
}

/**
 * elected: won a seat. defeated: still standing when the count ended without a seat.
 * excluded: excluded during an STV count. barred: passed over because another candidate
 * of the same group was elected.
 */
export type CandidateOutcome = 'elected' | 'defeated' | 'excluded' | 'barred';

export interface CandidateTotal {
  candidateId: string;
  /** Plurality/approval: marks received. STV: first-preference votes. */
  votes: number;
  outcome: CandidateOutcome;
}

export type CandidateStatus = 'continuing' | 'elected' | 'excluded';

export interface RoundCandidate {
  candidateId: string;
  /** Vote value credited at the end of the stage (STV values have 5 decimal places). */
  votes: number;
  /** Change during the stage (negative for the candidate whose papers moved). */
  change: number;
  status: CandidateStatus;
}

export type RoundKind = 'tally' | 'first-preferences' | 'surplus' | 'exclusion' | 'group-exclusion';

export interface TransferValueLine {
  /** Value of the papers when the transferring candidate received them. */
  receivedValue: number;
  /** Value at which those papers moved on (rule 48(3); unchanged for exclusions). */
  transferValue: number;
  /** Papers transferred to continuing candidates at this value. */
  papers: number;
  /** Papers with no next available preference at this value. */
  nonTransferablePapers: number;
}

export interface CountRound {
  stage: number;
  kind: RoundKind;
  /** Candidate whose surplus was transferred or who was excluded in this stage. */
  subject: string | null;
  candidates: RoundCandidate[];
  transferValues: TransferValueLine[];
  /** Value that became non-transferable in this stage, and in all stages so far. */
  nonTransferable: number;
  nonTransferableTotal: number;
  /** Value lost by truncating transfer values to 5 decimal places, this stage and so far. */
  lossDueToFractions: number;
  lossDueToFractionsTotal: number;
  electedThisStage: string[];
  excludedThisStage: string[];
  /** Which rule or extension decided anything noteworthy at this stage. */
  notes: string[];
}

export type TieBreakPurpose = 'ranking' | 'election-order' | 'surplus-order' | 'exclusion';

export interface LotDraw {
  candidateId: string;
  /** SHA-256 hex of `${seed}:${stage}:${candidateId}`. */
  digest: string;
}

export interface TieBreak {
  /** The stage whose decision needed the tie broken (the lot's `stage` input). */
  stage: number;
  purpose: TieBreakPurpose;
  /** Candidates tied when the decision was made. */
  tied: string[];
  resolvedBy: 'earlier-stage' | 'lot';
  /** Earlier stages looked at (STV rules 49(2) and 51(2)), most recent first. */
  stagesConsulted: number[];
  /** Seed of the lot (null when an earlier stage decided). */
  seed: string | null;
  /** The lot, in drawing order (ascending digest); empty when an earlier stage decided. */
  draws: LotDraw[];
  /** The candidate the rule selected: ranked first, transferred first or excluded. */
  chosen: string;
}

export interface CountResult {
  method: CountingMethod;
  seats: number;
  seed: string;
  oneElectedPerGroup: boolean;
  /** Winners in order of election. */
  elected: string[];
  /** Seats left empty (too few eligible candidates). */
  unfilledSeats: number;
  /** Valid papers (sum of `count`). */
  validBallots: number;
  rejectedBallots: RejectedBallot[];
  /** Number of papers cut short at an invalid later preference (STV only). */
  truncatedBallots: number;
  /** Droop quota (STV only). */
  quota: number | null;
  totals: CandidateTotal[];
  rounds: CountRound[];
  tieBreaks: TieBreak[];
}

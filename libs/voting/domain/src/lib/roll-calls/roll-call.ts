import { characterCount, type InputProblem } from '@civic/util';

/**
 * Delegate roll calls: named, public votes of a body (the whole convention, a committee, a
 * council) on one motion.
 *
 * - The electorate is fixed when the roll call opens (the body's members then), so seats
 *   changing while it runs change nothing.
 * - A member votes yes, no or abstain, and may change the vote until the roll call closes.
 * - A member who declares a conflict of interest may not vote on it; a vote already cast is
 *   withdrawn.
 * - Present = members who voted (abstentions included) or declared a conflict: answering
 *   the roll is being present, so there is no separate presence call.
 * - Quorum: at least `quorum` members present; by default a majority of the electorate.
 * - Threshold: over the votes cast for and against only (yes / (yes + no)); abstentions and
 *   conflicts count toward the quorum but neither for nor against the motion.
 * - A roll call always closes when staff close it: without quorum its outcome is
 *   "no-quorum" (which does not pass), recorded like any other.
 */
export const ROLL_CALL_CHOICES = ['yes', 'no', 'abstain'] as const;
export type RollCallChoice = (typeof ROLL_CALL_CHOICES)[number];

export const ROLL_CALL_STATUSES = ['open', 'closed'] as const;
export type RollCallStatus = (typeof ROLL_CALL_STATUSES)[number];

export const ROLL_CALL_OUTCOMES = ['passed', 'failed', 'no-quorum'] as const;
export type RollCallOutcome = (typeof ROLL_CALL_OUTCOMES)[number];

export const THRESHOLD_KINDS = ['majority', 'two-thirds', 'custom'] as const;
export type ThresholdKind = (typeof THRESHOLD_KINDS)[number];

/** The body code of the whole congress in convention: every delegate in office. */
export const CONVENTION_BODY_CODE = 'convention';

export const ROLL_CALL_LIMITS = {
  titleMax: 300,
  reasonMax: 1000,
  /** Custom thresholds are fractions of small whole numbers (3/5, 3/4), never more than 100ths. */
  denominatorMax: 100,
} as const;

/**
 * The share of yes among yes + no a motion needs. `strict`: more than the share (a simple
 * majority: more than half, so a tie fails); otherwise at least it (two-thirds, and any
 * custom fraction: "at least three-fifths").
 */
export interface Threshold {
  kind: ThresholdKind;
  numerator: number;
  denominator: number;
  strict: boolean;
}

export const MAJORITY: Threshold = { kind: 'majority', numerator: 1, denominator: 2, strict: true };
export const TWO_THIRDS: Threshold = { kind: 'two-thirds', numerator: 2, denominator: 3, strict: false };

export interface ThresholdDraft {
  kind: ThresholdKind;
  numerator?: number | null;
  denominator?: number | null;
}

export type ThresholdCheck = { ok: true; threshold: Threshold } | { ok: false; problem: InputProblem };

/** The threshold a draft asks for; a custom one needs 0 < numerator ≤ denominator ≤ 100. */
export function resolveThreshold(draft: ThresholdDraft, field = 'threshold'): ThresholdCheck {
  const { numerator, denominator } = draft;
  if (draft.kind !== 'custom') {
    if (numerator != null || denominator != null) {
      return { ok: false, problem: { field: `${field}.numerator`, message: `a numerator and denominator are given only for a CUSTOM threshold` } };
    }
    return { ok: true, threshold: draft.kind === 'majority' ? MAJORITY : TWO_THIRDS };
  }
  if (numerator == null || !Number.isInteger(numerator) || numerator < 1) {
    return { ok: false, problem: { field: `${field}.numerator`, message: 'a custom threshold needs a whole numerator of at least 1' } };
  }
  if (denominator == null || !Number.isInteger(denominator) || denominator < numerator || denominator > ROLL_CALL_LIMITS.denominatorMax) {
    return {
      ok: false,
      problem: {
        field: `${field}.denominator`,
        message: `a custom threshold needs a whole denominator from the numerator up to ${ROLL_CALL_LIMITS.denominatorMax}`,
      },
    };
  }
  return { ok: true, threshold: { kind: 'custom', numerator, denominator, strict: false } };
}

/**
 * Whether yes votes carry the motion. Only yes and no count (abstentions neither help nor
 * hurt); a motion nobody voted yes on never passes, whatever the fraction.
 */
export function meetsThreshold(threshold: Threshold, yes: number, no: number): boolean {
  if (yes <= 0) return false;
  // Cross-multiplied so that no rounding decides a vote: yes / (yes + no) against n / d.
  const left = yes * threshold.denominator;
  const right = threshold.numerator * (yes + no);
  return threshold.strict ? left > right : left >= right;
}

/** A majority of the electorate: more than half of its members. */
export function defaultQuorum(electorateSize: number): number {
  return Math.floor(electorateSize / 2) + 1;
}

export function quorumProblems(quorum: number, electorateSize: number, field = 'quorum'): InputProblem[] {
  return Number.isInteger(quorum) && quorum >= 1 && quorum <= electorateSize
    ? []
    : [{ field, message: `${field} must be a whole number of members from 1 to the electorate's ${electorateSize}` }];
}

export interface RollCallCount {
  yes: number;
  no: number;
  abstain: number;
  /** Members who declared a conflict of interest (and so cast no vote). */
  conflicts: number;
}

export interface RollCallDecision {
  present: number;
  quorumMet: boolean;
  outcome: RollCallOutcome;
  passed: boolean;
}

/** Members present: everyone who answered the roll, with a vote or a declared conflict. */
export function membersPresent(count: RollCallCount): number {
  return count.yes + count.no + count.abstain + count.conflicts;
}

/** The result when the roll call closes. */
export function decideRollCall(threshold: Threshold, quorum: number, count: RollCallCount): RollCallDecision {
  const present = membersPresent(count);
  const quorumMet = present >= quorum;
  if (!quorumMet) return { present, quorumMet, outcome: 'no-quorum', passed: false };
  const passed = meetsThreshold(threshold, count.yes, count.no);
  return { present, quorumMet, outcome: passed ? 'passed' : 'failed', passed };
}

/** Why a member may not vote (or declare a conflict) now; null when they may. */
export type VoteRefusal = 'closed' | 'not-member' | 'conflict-declared';

/**
 * `closeDue`: its scheduled closing time has passed, whether or not the job that closes it
 * has run (Redis down at the closing time): the stored time is the law, as for ballots.
 */
export function voteRefusal(status: RollCallStatus, member: { conflictDeclared: boolean } | null, closeDue = false): VoteRefusal | null {
  if (status !== 'open' || closeDue) return 'closed';
  if (!member) return 'not-member';
  if (member.conflictDeclared) return 'conflict-declared';
  return null;
}

/** Declaring a conflict: the same order as voting, closed first, then membership. */
export function conflictRefusal(status: RollCallStatus, isMember: boolean): Exclude<VoteRefusal, 'conflict-declared'> | null {
  if (status !== 'open') return 'closed';
  if (!isMember) return 'not-member';
  return null;
}

const BODY_CODE = /^[a-z0-9][a-z0-9-]{0,79}$/;

export function textProblems(value: string, field: string, max: number): InputProblem[] {
  const trimmed = value.trim();
  if (trimmed.length === 0) return [{ field, message: `${field} must not be empty` }];
  if (characterCount(trimmed) > max) return [{ field, message: `${field} must be at most ${max} characters` }];
  return [];
}

export function bodyCodeProblems(bodyCode: string, field = 'bodyCode'): InputProblem[] {
  return BODY_CODE.test(bodyCode) ? [] : [{ field, message: `${field} must be 'convention' or a body's code (lower-case letters, digits and dashes)` }];
}

/**
 * Representation: how a member's vote compares with what the public of their county
 * answered on the same question. The county's position is the choice with more votes; a
 * tie (or a county without votes) has no majority to agree with.
 */
export type PublicPosition = 'yes' | 'no';

export function countyPosition(counts: { yes: number; no: number }): PublicPosition | null {
  if (counts.yes > counts.no) return 'yes';
  if (counts.no > counts.yes) return 'no';
  return null;
}

/**
 * True when the member voted as the county's majority did, false when against it; null
 * when there is nothing to compare (an abstention, no vote, a conflict, no majority).
 */
export function agreesWithPublic(choice: RollCallChoice | null, position: PublicPosition | null): boolean | null {
  if (position === null || (choice !== 'yes' && choice !== 'no')) return null;
  return choice === position;
}

export interface AgreementRate {
  compared: number;
  agreeing: number;
  /** agreeing / compared; null when nothing could be compared. */
  rate: number | null;
}

/** The share of comparable votes that matched the county's majority. */
export function agreementRate(agreements: ReadonlyArray<boolean | null>): AgreementRate {
  const compared = agreements.filter((agreement) => agreement !== null).length;
  const agreeing = agreements.filter((agreement) => agreement === true).length;
  return { compared, agreeing, rate: compared === 0 ? null : agreeing / compared };
}

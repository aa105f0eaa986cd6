import { isUuid, type InputProblem } from '@civic/util';
import { isVerifiedResidentOf, type Resident } from '../residents';
import type { MeetingStatus } from './county-meeting';

/**
 * Why an attendee has or lacks a vote at a county assembly:
 * - verified-resident: a verified resident of the meeting's county (votes)
 * - walk-in: recorded by name only, no account to check (attends without a vote)
 * - not-verified: an account with no verified residency known to assemblies
 * - residency-revoked: the account's residency was revoked
 * - resident-elsewhere: a verified resident of another county
 */
export const CHECK_IN_REASONS = ['verified-resident', 'walk-in', 'not-verified', 'residency-revoked', 'resident-elsewhere'] as const;
export type CheckInReason = (typeof CHECK_IN_REASONS)[number];

export interface VotingRight {
  withVote: boolean;
  reason: CheckInReason;
}

export const ATTENDEE_NAME_LENGTH = 200;

export interface AttendeeInput {
  accountId?: string | null;
  name?: string | null;
}

export interface Attendee {
  accountId: string | null;
  name: string | null;
}

/** Trims and checks who is checked in: an account, a name, or both; never neither. */
export function normalizeAttendee(input: AttendeeInput): { attendee: Attendee; problems: InputProblem[] } {
  const accountId = input.accountId?.trim() || null;
  const name = input.name?.trim() || null;
  const problems: InputProblem[] = [];
  if (accountId === null && name === null) problems.push({ field: 'accountId', message: 'give the account or, for a walk-in, a name' });
  if (accountId !== null && !isUuid(accountId)) problems.push({ field: 'accountId', message: 'accountId is not an account id' });
  if (name !== null && name.length > ATTENDEE_NAME_LENGTH) {
    problems.push({ field: 'name', message: `name must be at most ${ATTENDEE_NAME_LENGTH} characters` });
  }
  return { attendee: { accountId: accountId?.toLowerCase() ?? null, name }, problems };
}

/**
 * The right an attendee has at the meeting of `jurisdictionCode`: only a verified
 * resident of that county votes; everyone else may attend and speak without a vote.
 */
export function decideVotingRight(jurisdictionCode: string, accountId: string | null, resident: Resident | null): VotingRight {
  if (accountId === null) return { withVote: false, reason: 'walk-in' };
  if (resident === null) return { withVote: false, reason: 'not-verified' };
  if (resident.accountId !== accountId) throw new Error(`the residency of ${resident.accountId} says nothing about ${accountId}`);
  if (isVerifiedResidentOf(resident, jurisdictionCode)) return { withVote: true, reason: 'verified-resident' };
  if (resident.status === 'revoked') return { withVote: false, reason: 'residency-revoked' };
  return { withVote: false, reason: 'resident-elsewhere' };
}

export type CheckInDecision =
  | { kind: 'refuse'; reason: 'meeting-not-open' }
  /** A new attendance record. */
  | { kind: 'record'; right: VotingRight }
  /** Already checked in with this right or a better one: nothing changes (a double tap at the door). */
  | { kind: 'unchanged' }
  /** Checked in without a vote earlier and entitled now (verified at the door meanwhile). */
  | { kind: 'upgrade'; right: VotingRight };

/**
 * Check-in at the door. Checking an account in twice is idempotent: the record stays, except
 * that someone who attended without a vote and has since been verified as a resident of the
 * county gains the vote. Check-in never takes a vote away; `canVoteAt` checks the residency
 * again whenever a vote is cast. Walk-ins (no account) are new records each time.
 */
export function decideCheckIn(
  meeting: { status: MeetingStatus; jurisdictionCode: string },
  accountId: string | null,
  resident: Resident | null,
  existing: VotingRight | null,
): CheckInDecision {
  if (meeting.status !== 'open') return { kind: 'refuse', reason: 'meeting-not-open' };
  const right = decideVotingRight(meeting.jurisdictionCode, accountId, resident);
  if (existing === null) return { kind: 'record', right };
  if (!existing.withVote && right.withVote) return { kind: 'upgrade', right };
  return { kind: 'unchanged' };
}

/**
 * Whether an account may vote in the elections and county votes of a meeting: checked in
 * with a vote, and still a verified resident of the county (a revocation after check-in
 * takes the vote away).
 */
export function canVoteAtMeeting(jurisdictionCode: string, attendance: { withVote: boolean } | null, resident: Resident | null): boolean {
  return attendance?.withVote === true && isVerifiedResidentOf(resident, jurisdictionCode);
}

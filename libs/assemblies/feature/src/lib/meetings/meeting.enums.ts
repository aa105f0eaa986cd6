import { registerEnumType } from '@nestjs/graphql';
import type { CheckInReason as Reason, MeetingStatus as Status } from '@civic/assemblies-domain';

/** GraphQL names for the domain's values; the values themselves are the domain's strings. */
export enum MeetingStatus {
  SCHEDULED = 'scheduled',
  OPEN = 'open',
  CLOSED = 'closed',
}

export enum CheckInReason {
  VERIFIED_RESIDENT = 'verified-resident',
  WALK_IN = 'walk-in',
  NOT_VERIFIED = 'not-verified',
  RESIDENCY_REVOKED = 'residency-revoked',
  RESIDENT_ELSEWHERE = 'resident-elsewhere',
}

registerEnumType(MeetingStatus, {
  name: 'MeetingStatus',
  description: 'SCHEDULED, then OPEN while check-in runs, then CLOSED for good.',
});
registerEnumType(CheckInReason, {
  name: 'CheckInReason',
  description: 'Why an attendee has or lacks a vote.',
  valuesMap: {
    VERIFIED_RESIDENT: { description: 'A verified resident of the county: votes.' },
    WALK_IN: { description: 'Recorded by name only: attends without a vote.' },
    NOT_VERIFIED: { description: 'No verified residency is known for the account: attends without a vote.' },
    RESIDENCY_REVOKED: { description: 'The residency was revoked: attends without a vote.' },
    RESIDENT_ELSEWHERE: { description: 'A verified resident of another county: attends without a vote.' },
  },
});

// Compile-time guards: the GraphQL enums cover exactly the domain's values.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const _statusesMatch: Same<`${MeetingStatus}`, Status> = true;
const _reasonsMatch: Same<`${CheckInReason}`, Reason> = true;

import { registerEnumType } from '@nestjs/graphql';

export enum BodyKindValue {
  COUNTY_DELEGATION = 'county-delegation',
  DISTRICT_LEADERSHIP_COUNCIL = 'district-leadership-council',
  EXECUTIVE_COMMITTEE = 'executive-committee',
  ADVISORY_COMMITTEE = 'advisory-committee',
  YOUTH_CONGRESS = 'youth-congress',
}
registerEnumType(BodyKindValue, { name: 'BodyKind', description: 'The kinds of bodies of the congress.' });

export enum BodyOfficeValue {
  CHAIR = 'chair',
  VICE_CHAIR = 'vice-chair',
  SECRETARY = 'secretary',
  PUBLIC_RELATIONS_OFFICER = 'public-relations-officer',
  HISTORIAN = 'historian',
}
registerEnumType(BodyOfficeValue, {
  name: 'BodyOffice',
  description: 'Offices: a county delegation has CHAIR and VICE_CHAIR, the Executive Committee all five, committees a CHAIR.',
});

export enum BodyMembershipBasis {
  /** Staff assigned the membership. */
  ASSIGNED = 'assigned',
  /** A certified election result filled it. */
  ELECTED = 'elected',
  /** A county delegation: membership follows from holding one of the county's seats. */
  SEAT = 'seat',
}
registerEnumType(BodyMembershipBasis, { name: 'BodyMembershipBasis', description: 'How a person came to be a member.' });

export enum BodyMembershipEndReason {
  RESIGNED = 'resigned',
  REMOVED = 'removed',
  TERM_COMPLETED = 'term-completed',
}
registerEnumType(BodyMembershipEndReason, { name: 'BodyMembershipEndReason' });

export enum VoteChoiceValue {
  YES = 'yes',
  NO = 'no',
  ABSTAIN = 'abstain',
}
registerEnumType(VoteChoiceValue, { name: 'BodyVoteChoice' });

export enum MotionStatusValue {
  OPEN = 'open',
  CLOSED = 'closed',
}
registerEnumType(MotionStatusValue, { name: 'BodyMotionStatus' });

/** Committees staff may create; the other bodies come from the seats and the seed. */
export enum CommitteeKindValue {
  ADVISORY_COMMITTEE = 'advisory-committee',
  YOUTH_CONGRESS = 'youth-congress',
}
registerEnumType(CommitteeKindValue, { name: 'CommitteeKind' });

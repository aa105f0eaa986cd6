import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { RollCallEntity, RollCallMemberEntity } from '@civic/voting-data-access';
import { decideRollCall, membersPresent, type RollCallCount, type Threshold } from '@civic/voting-domain';
import { AccountReference } from '../accounts';
import { JurisdictionReference } from '../jurisdictions';
import { RollCallChoice, RollCallOutcome, RollCallStatus, RollCallThresholdKind } from './roll-call.enums';

@ObjectType('RollCallThreshold', { description: 'The share of yes among yes + no the motion needs; abstentions count neither way.' })
export class RollCallThresholdType {
  @Field(() => RollCallThresholdKind)
  kind!: RollCallThresholdKind;

  @Field(() => Int)
  numerator!: number;

  @Field(() => Int)
  denominator!: number;

  @Field({ description: 'True: more than the share is needed (a simple majority); false: at least the share.' })
  strict!: boolean;
}

@ObjectType('RollCallVote', { description: "One member's place on a roll call: their named vote or declared conflict. Public." })
export class RollCallVoteType {
  @Field(() => ID)
  rollCallId!: string;

  @Field(() => AccountReference)
  account!: AccountReference;

  @Field({ description: 'The name under which the member holds the seat.' })
  displayName!: string;

  @Field(() => String, { nullable: true, description: "The county of the member's delegate seat; null for a body member without one." })
  countyCode!: string | null;

  @Field(() => JurisdictionReference, { nullable: true })
  county!: JurisdictionReference | null;

  @Field(() => Int, { nullable: true })
  seatNumber!: number | null;

  @Field(() => RollCallChoice, { nullable: true, description: 'Null when the member has not voted (or declared a conflict).' })
  choice!: RollCallChoice | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the member last cast, changed or lost (to a conflict) a vote.' })
  changedAt!: Date | null;

  @Field({ description: 'The member declared a conflict of interest and may not vote.' })
  conflict!: boolean;

  @Field(() => String, { nullable: true })
  conflictReason!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  conflictDeclaredAt!: Date | null;

  @Field({ description: 'Answered the roll: voted (abstaining included) or declared a conflict.' })
  present!: boolean;
}

@ObjectType('RollCallCountyResult', { description: "How one county's delegates on the roll call voted." })
export class RollCallCountyResultType {
  @Field()
  countyCode!: string;

  @Field(() => JurisdictionReference)
  county!: JurisdictionReference;

  @Field(() => Int, { description: "The county's members in the roll call's electorate." })
  members!: number;

  @Field(() => Int)
  yes!: number;

  @Field(() => Int)
  no!: number;

  @Field(() => Int)
  abstain!: number;

  @Field(() => Int)
  conflicts!: number;

  @Field(() => Int, { description: 'Members who did not answer the roll.' })
  absent!: number;
}

@ObjectType('RollCall', {
  description:
    'A named vote of the convention or a body on one motion. Members present = those who voted (abstaining included) or declared a conflict; ' +
    'quorum is a number of members present; the threshold is over yes / (yes + no). Everything here is public.',
})
export class RollCallType {
  @Field(() => ID)
  id!: string;

  @Field({ description: "'convention' or the body's code." })
  bodyCode!: string;

  @Field()
  bodyName!: string;

  @Field()
  title!: string;

  @Field(() => ID, { nullable: true, description: 'The questionnaire question the motion decides.' })
  questionId!: string | null;

  @Field(() => ID, { nullable: true })
  resolutionId!: string | null;

  @Field(() => Int, { description: "The congress year: the linked question's questionnaire year, else the year the roll call opened." })
  year!: number;

  @Field(() => RollCallStatus)
  status!: RollCallStatus;

  @Field(() => RollCallThresholdType)
  threshold!: RollCallThresholdType;

  @Field(() => Int, { description: 'Members present needed for the vote to count.' })
  quorum!: number;

  @Field(() => Int, { description: 'Members of the electorate, fixed when the roll call opened.' })
  electorateSize!: number;

  @Field(() => Int, { description: 'Members present so far (or at closing).' })
  present!: number;

  @Field(() => Int)
  yes!: number;

  @Field(() => Int)
  no!: number;

  @Field(() => Int)
  abstain!: number;

  @Field(() => Int, { description: 'Members who declared a conflict of interest.' })
  conflicts!: number;

  @Field({ description: 'Enough members present (so far, while open).' })
  quorumMet!: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Null while open.' })
  passed!: boolean | null;

  @Field(() => RollCallOutcome, { nullable: true, description: 'Null while open.' })
  outcome!: RollCallOutcome | null;

  @Field(() => GraphQLISODateTime)
  openedAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  closedAt!: Date | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When it closes (or was to close) by itself, as staff scheduled it; null when only staff close it. Staff may still close it earlier.',
  })
  closesAt!: Date | null;

  @Field(() => [RollCallVoteType], { description: 'Every member of the electorate, by county, seat and name.' })
  votes!: RollCallVoteType[];

  @Field(() => [RollCallCountyResultType], { description: 'County by county, in code order (members without a delegate seat are in no county).' })
  counties!: RollCallCountyResultType[];
}

export function thresholdOf(rollCall: RollCallEntity): Threshold {
  return { kind: rollCall.thresholdKind, numerator: rollCall.thresholdNumerator, denominator: rollCall.thresholdDenominator, strict: rollCall.thresholdStrict };
}

export function countMembers(members: readonly RollCallMemberEntity[]): RollCallCount {
  return {
    yes: members.filter((member) => member.choice === 'yes').length,
    no: members.filter((member) => member.choice === 'no').length,
    abstain: members.filter((member) => member.choice === 'abstain').length,
    conflicts: members.filter((member) => member.conflictReason !== null).length,
  };
}

export function toRollCallVoteType(member: RollCallMemberEntity): RollCallVoteType {
  return {
    rollCallId: member.rollCallId,
    account: { id: member.accountId },
    displayName: member.displayName,
    countyCode: member.countyCode,
    county: member.countyCode === null ? null : { code: member.countyCode },
    seatNumber: member.seatNumber,
    choice: member.choice as RollCallChoice | null,
    changedAt: member.changedAt,
    conflict: member.conflictReason !== null,
    conflictReason: member.conflictReason,
    conflictDeclaredAt: member.conflictDeclaredAt,
    present: member.choice !== null || member.conflictReason !== null,
  };
}

function byCounty(members: readonly RollCallMemberEntity[]): RollCallCountyResultType[] {
  const counties = new Map<string, RollCallMemberEntity[]>();
  for (const member of members) {
    if (member.countyCode !== null) counties.set(member.countyCode, [...(counties.get(member.countyCode) ?? []), member]);
  }
  return [...counties.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([countyCode, countyMembers]) => {
      const count = countMembers(countyMembers);
      return { countyCode, county: { code: countyCode }, members: countyMembers.length, ...count, absent: countyMembers.length - membersPresent(count) };
    });
}

/** Open: the live count; closed: the count and outcome recorded when it closed. */
export function toRollCallType(rollCall: RollCallEntity, members: readonly RollCallMemberEntity[], closesAt: Date | null = null): RollCallType {
  const threshold = thresholdOf(rollCall);
  const live = countMembers(members);
  const count: RollCallCount =
    rollCall.status === 'closed' ? { yes: rollCall.yes ?? 0, no: rollCall.no ?? 0, abstain: rollCall.abstain ?? 0, conflicts: rollCall.conflicts ?? 0 } : live;
  const decision = decideRollCall(threshold, rollCall.quorum, count);
  return {
    id: rollCall.id,
    bodyCode: rollCall.bodyCode,
    bodyName: rollCall.bodyName,
    title: rollCall.title,
    questionId: rollCall.questionId,
    resolutionId: rollCall.resolutionId,
    year: rollCall.year,
    status: rollCall.status as RollCallStatus,
    threshold: { ...threshold, kind: threshold.kind as RollCallThresholdKind },
    quorum: rollCall.quorum,
    electorateSize: rollCall.electorateSize,
    ...count,
    present: rollCall.present ?? decision.present,
    quorumMet: rollCall.quorumMet ?? decision.quorumMet,
    passed: rollCall.status === 'closed' ? rollCall.outcome === 'passed' : null,
    outcome: rollCall.status === 'closed' ? (rollCall.outcome as RollCallOutcome | null) : null,
    openedAt: rollCall.openedAt,
    closedAt: rollCall.closedAt,
    closesAt,
    votes: members.map(toRollCallVoteType),
    counties: byCounty(members),
  };
}

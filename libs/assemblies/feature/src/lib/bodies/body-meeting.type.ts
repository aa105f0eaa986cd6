import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@civic/platform';
import { MotionStatusValue, VoteChoiceValue } from './body.enums';

@ObjectType('BodyMinutes', { description: 'Published minutes; editable until approved.' })
export class BodyMinutesType {
  @Field()
  text!: string;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  approvedAt!: Date | null;
}

@ObjectType('BodyMeeting', { description: 'A meeting of a body: agenda, members present, minutes and recorded votes.' })
export class BodyMeetingType {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field()
  place!: string;

  @Field(() => GraphQLISODateTime)
  startsAt!: Date;

  /** Resolved into `minutes` and `body`. */
  minutes!: string | null;
  minutesUpdatedAt!: Date | null;
  minutesApprovedAt!: Date | null;
  bodyId!: string;
}

@ObjectType()
export class BodyMeetingConnection extends ConnectionType(BodyMeetingType, 'BodyMeeting') {}

@ObjectType('BodyAgendaItem')
export class BodyAgendaItemType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  position!: number;

  @Field()
  title!: string;

  @Field()
  description!: string;

  @Field(() => ID, { nullable: true, description: 'The citizen resolution the item takes up, if any.' })
  resolutionId!: string | null;
}

@ObjectType('BodyAttendee', { description: 'A member present at a meeting.' })
export class BodyAttendeeType {
  @Field()
  displayName!: string;

  @Field(() => GraphQLISODateTime)
  recordedAt!: Date;

  accountId!: string;
}

@ObjectType('ConflictOfInterest', { description: 'A member’s public declaration of a conflict on an agenda item; it bars their vote on the item.' })
export class ConflictOfInterestType {
  @Field(() => ID)
  id!: string;

  @Field()
  displayName!: string;

  @Field()
  reason!: string;

  @Field(() => GraphQLISODateTime)
  declaredAt!: Date;

  accountId!: string;
  agendaItemId!: string;
}

@ObjectType('BodyVote', { description: 'A member’s vote on a motion, public by name.' })
export class BodyVoteType {
  @Field()
  displayName!: string;

  @Field(() => VoteChoiceValue)
  choice!: VoteChoiceValue;

  @Field(() => GraphQLISODateTime)
  castAt!: Date;

  accountId!: string;
  motionId!: string;
}

@ObjectType('BodyMotionTally')
export class BodyMotionTallyType {
  @Field(() => Int)
  yes!: number;

  @Field(() => Int)
  no!: number;

  @Field(() => Int)
  abstain!: number;

  @Field({ description: 'More yes than no votes.' })
  carried!: boolean;
}

@ObjectType('BodyMotion', { description: 'A motion on an agenda item, with its votes by name and the members who recused themselves.' })
export class BodyMotionType {
  @Field(() => ID)
  id!: string;

  @Field()
  text!: string;

  @Field(() => MotionStatusValue)
  status!: MotionStatusValue;

  @Field(() => GraphQLISODateTime)
  openedAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  closedAt!: Date | null;

  agendaItemId!: string;
}

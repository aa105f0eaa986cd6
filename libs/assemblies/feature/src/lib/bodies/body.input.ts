import { Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';
import { BodyMembershipEndReason, BodyOfficeValue, CommitteeKindValue, VoteChoiceValue } from './body.enums';

@InputType({ description: 'Gives a person a membership (and office) of a body for a one-year term.' })
export class AssignBodyMemberInput {
  @Field(() => ID)
  bodyId!: string;

  @Field(() => ID)
  accountId!: string;

  @Field(() => BodyOfficeValue, { nullable: true, description: 'Required for the Executive Committee and a county delegation.' })
  office?: BodyOfficeValue | null;

  @Field(() => String, { nullable: true, description: 'Defaults to the name on the person’s seat; required for someone who is not a delegate.' })
  displayName?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; today when omitted. The term ends a year later.' })
  termStart?: string | null;
}

@InputType()
export class EndBodyMembershipInput {
  @Field(() => ID)
  membershipId!: string;

  @Field(() => BodyMembershipEndReason, { description: 'RESIGNED or REMOVED (terms complete on their own).' })
  reason!: BodyMembershipEndReason;
}

@InputType()
export class CreateCommitteeInput {
  @Field()
  name!: string;

  @Field(() => CommitteeKindValue, { nullable: true, description: 'ADVISORY_COMMITTEE when omitted.' })
  kind?: CommitteeKindValue | null;
}

@InputType()
export class BodyAgendaItemInput {
  @Field()
  title!: string;

  @Field(() => String, { nullable: true, defaultValue: '' })
  description?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The citizen resolution the item takes up; conflicts of interest declared on the item are then reported to the resolutions service.',
  })
  resolutionId?: string | null;
}

@InputType()
export class ScheduleBodyMeetingInput {
  @Field(() => ID)
  bodyId!: string;

  @Field()
  title!: string;

  @Field()
  place!: string;

  @Field(() => GraphQLISODateTime)
  startsAt!: Date;

  @Field(() => [BodyAgendaItemInput], { description: 'In order; the first is item 1.' })
  agenda!: BodyAgendaItemInput[];
}

@InputType()
export class RecordBodyAttendanceInput {
  @Field(() => ID)
  meetingId!: string;

  @Field(() => [ID], { description: 'Members present; all must be members of the body, or nothing is recorded.' })
  accountIds!: string[];
}

@InputType()
export class PublishBodyMinutesInput {
  @Field(() => ID)
  meetingId!: string;

  @Field()
  text!: string;
}

@InputType()
export class OpenBodyMotionInput {
  @Field(() => ID)
  agendaItemId!: string;

  @Field()
  text!: string;
}

@InputType()
export class CastBodyVoteInput {
  @Field(() => ID)
  motionId!: string;

  @Field(() => VoteChoiceValue)
  choice!: VoteChoiceValue;
}

@InputType()
export class DeclareConflictOfInterestInput {
  @Field(() => ID)
  agendaItemId!: string;

  @Field({ description: 'A short public reason (at most 500 characters).' })
  reason!: string;
}

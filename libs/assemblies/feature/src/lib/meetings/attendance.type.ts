import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@civic/platform';
import { CheckInReason } from './meeting.enums';

@ObjectType({ description: 'A person checked in at a county meeting, with or without a vote.' })
export class Attendance {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  meetingId!: string;

  @Field(() => ID, { nullable: true, description: 'The account checked in; null for a walk-in recorded by name.' })
  accountId!: string | null;

  @Field(() => String, { nullable: true, description: 'The name given at the door, if any.' })
  name!: string | null;

  @Field({ description: "Whether the attendee may vote in the meeting's elections and county votes." })
  withVote!: boolean;

  @Field(() => CheckInReason)
  reason!: CheckInReason;

  @Field(() => GraphQLISODateTime)
  checkedInAt!: Date;
}

@ObjectType()
export class AttendanceConnection extends ConnectionType(Attendance, 'Attendance') {}

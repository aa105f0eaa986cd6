import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@civic/platform';
import { MeetingStatus } from './meeting.enums';

@ObjectType({ description: "A county assembly: the county's yearly meeting, where residents check in, elect delegates and vote." })
export class CountyMeeting {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The congress year; each county meets once a year.' })
  year!: number;

  @Field()
  place!: string;

  @Field(() => GraphQLISODateTime)
  startsAt!: Date;

  @Field(() => GraphQLISODateTime)
  endsAt!: Date;

  @Field(() => MeetingStatus)
  status!: MeetingStatus;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When check-in opened.' })
  openedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  closedAt!: Date | null;

  /** Not exposed: resolved into `jurisdiction`. */
  jurisdictionId!: string;
}

@ObjectType()
export class CountyMeetingConnection extends ConnectionType(CountyMeeting, 'CountyMeeting') {}

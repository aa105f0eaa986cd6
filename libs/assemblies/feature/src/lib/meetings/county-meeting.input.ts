import { Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';

@InputType()
export class AgendaItemInput {
  @Field()
  title!: string;

  @Field(() => String, { nullable: true, defaultValue: '' })
  description?: string | null;
}

@InputType()
export class CreateCountyMeetingInput {
  @Field({ description: 'The county (a jurisdiction of the lowest tier), e.g. "55025".' })
  jurisdictionCode!: string;

  @Field(() => Int, { description: 'The congress year, counted in the congress time zone.' })
  year!: number;

  @Field()
  place!: string;

  @Field(() => GraphQLISODateTime)
  startsAt!: Date;

  @Field(() => GraphQLISODateTime)
  endsAt!: Date;

  @Field(() => [AgendaItemInput], { nullable: true, defaultValue: [], description: 'In order; the first is item 1.' })
  agenda?: AgendaItemInput[] | null;
}

@InputType({ description: 'Only the fields given change; a given agenda replaces the whole agenda.' })
export class UpdateCountyMeetingInput {
  @Field(() => ID)
  meetingId!: string;

  @Field(() => String, { nullable: true })
  place?: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  startsAt?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  endsAt?: Date | null;

  @Field(() => [AgendaItemInput], { nullable: true })
  agenda?: AgendaItemInput[] | null;
}

@InputType({ description: 'Who arrived: an account, or for a walk-in a name (or both).' })
export class CheckInInput {
  @Field(() => ID)
  meetingId!: string;

  @Field(() => ID, { nullable: true })
  accountId?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;
}

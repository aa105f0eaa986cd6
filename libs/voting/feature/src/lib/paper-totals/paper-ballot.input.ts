import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType({ description: 'A paper ballot handed to a person checked in with a vote at their county’s meeting.' })
export class IssuePaperBallotInput {
  @Field(() => Int, { description: 'The congress year of the questionnaire.' })
  year!: number;

  @Field(() => ID, { description: 'The attendee receiving the paper ballot.' })
  accountId!: string;
}

import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { BallotChannel } from './ballot.enums';

@InputType()
export class BallotAnswerInput {
  @Field(() => ID)
  questionId!: string;

  @Field({ description: "One of the question's choices (yes, no, abstain unless configured)." })
  choice!: string;
}

@InputType()
export class CastBallotInput {
  @Field(() => Int, { description: 'The congress year of the questionnaire.' })
  year!: number;

  @Field(() => BallotChannel)
  channel!: BallotChannel;

  @Field(() => [BallotAnswerInput], { description: 'Statewide questions and your own county’s; questions left out are not counted.' })
  answers!: BallotAnswerInput[];
}

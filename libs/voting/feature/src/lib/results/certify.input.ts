import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class CertifyCountyResolutionVoteInput {
  @Field(() => ID, { description: 'A county-local question (a citizen resolution introduced in that county).' })
  questionId!: string;
}

@InputType()
export class CertifyQuestionResultInput {
  @Field(() => ID, { description: 'A statewide question.' })
  questionId!: string;
}

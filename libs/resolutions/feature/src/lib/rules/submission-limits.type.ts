import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'What a citizen resolution must respect to be accepted.' })
export class SubmissionLimitsType {
  @Field(() => Int, { description: 'Longest accepted text, in characters.' })
  maxCharacters!: number;

  @Field(() => Int, { description: 'Resolutions one person may submit per congress year.' })
  maxPerPersonPerYear!: number;
}

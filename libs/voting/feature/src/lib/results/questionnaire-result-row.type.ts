import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { TallyCounts } from '../tallies';
import { ChannelCountsType } from './question-result.type';

@ObjectType('QuestionnaireResultRow', { description: 'Open data: one question in one county, live or certified.' })
export class QuestionnaireResultRowType extends TallyCounts {
  @Field(() => Int)
  year!: number;

  @Field(() => ID)
  questionId!: string;

  @Field(() => Int)
  questionPosition!: number;

  @Field()
  countyCode!: string;

  @Field({ description: 'False once the result is certified.' })
  live!: boolean;

  @Field(() => Boolean, { nullable: true })
  inFavour!: boolean | null;

  @Field(() => [ChannelCountsType])
  byChannel!: ChannelCountsType[];
}

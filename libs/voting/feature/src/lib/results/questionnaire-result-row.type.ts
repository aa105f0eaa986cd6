import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ChoiceCount } from '../tallies';
import { ChannelCountsType } from './question-result.type';

@ObjectType('QuestionnaireResultRow', {
  description:
    'Open data: one question in one county, live or certified, with the figures questionResults shows (while voting is open: published snapshots, counties below the threshold without counts).',
})
export class QuestionnaireResultRowType {
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

  @Field({ description: 'False while voting is open (published snapshots); true once it closed.' })
  exact!: boolean;

  @Field({ description: 'True while voting is open and no channel of the county has reached the threshold: "fewer than k", no counts.' })
  belowThreshold!: boolean;

  @Field(() => Int, { nullable: true, description: 'Null when belowThreshold.' })
  yes!: number | null;

  @Field(() => Int, { nullable: true, description: 'Null when belowThreshold.' })
  no!: number | null;

  @Field(() => Int, { nullable: true, description: 'Null when belowThreshold.' })
  abstain!: number | null;

  @Field(() => [ChoiceCount], { nullable: true, description: 'Null when belowThreshold.' })
  counts!: ChoiceCount[] | null;

  @Field(() => Boolean, { nullable: true })
  inFavour!: boolean | null;

  @Field(() => [ChannelCountsType])
  byChannel!: ChannelCountsType[];
}

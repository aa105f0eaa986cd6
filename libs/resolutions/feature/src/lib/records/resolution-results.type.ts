import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { JurisdictionReference } from '../resolutions';

@ObjectType('CountyResult', { description: "A county's certified vote on a resolution (from the voting service)." })
export class CountyResultType {
  @Field(() => ID)
  resultId!: string;

  @Field(() => ID)
  resolutionId!: string;

  @Field()
  countyCode!: string;

  @Field(() => JurisdictionReference)
  county!: JurisdictionReference;

  @Field(() => Int, { description: 'The congress year of the vote.' })
  year!: number;

  @Field(() => Int)
  yes!: number;

  @Field(() => Int)
  no!: number;

  @Field(() => Int)
  abstain!: number;

  @Field()
  passed!: boolean;

  @Field()
  certifiedAt!: Date;
}

@ObjectType('StatewideResult', { description: "The certified statewide vote on a resolution's advisory question (from the voting service)." })
export class StatewideResultType {
  @Field(() => ID)
  resultId!: string;

  @Field(() => ID)
  resolutionId!: string;

  @Field(() => ID, { description: 'The questionnaire question it was asked as.' })
  questionId!: string;

  @Field(() => Int, { description: 'The congress year of the questionnaire.' })
  year!: number;

  @Field(() => Int)
  yes!: number;

  @Field(() => Int)
  no!: number;

  @Field(() => Int)
  abstain!: number;

  @Field(() => Int, { description: 'How many counties voted in favour.' })
  countiesInFavour!: number;

  @Field(() => Int)
  countiesCounted!: number;

  @Field()
  passed!: boolean;

  @Field()
  certifiedAt!: Date;
}

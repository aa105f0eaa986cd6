import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { CountyResultEntity, QuestionResultEntity } from '@civic/voting-data-access';
import { VOTING_CHANNELS, type CountyTally, type QuestionTally } from '@civic/voting-domain';
import { JurisdictionReference } from '../jurisdictions';
import { QuestionnaireQuestionType } from '../questionnaires';
import { TallyCounts, toTallyCounts, VotingChannel } from '../tallies';

@ObjectType('ChannelCounts', { description: 'What one channel counted in a county.' })
export class ChannelCountsType extends TallyCounts {
  @Field(() => VotingChannel)
  channel!: VotingChannel;
}

@ObjectType('CountyQuestionResult', { description: "One county's part of a certified result." })
export class CountyQuestionResultType extends TallyCounts {
  @Field()
  countyCode!: string;

  @Field(() => JurisdictionReference)
  county!: JurisdictionReference;

  @Field(() => Boolean, { nullable: true, description: 'More yes than no in this county (a tie is not); null for a question without yes and no.' })
  inFavour!: boolean | null;

  @Field(() => [ChannelCountsType], { description: 'The counts of each channel that reported in this county.' })
  byChannel!: ChannelCountsType[];
}

@ObjectType('DistrictQuestionResult', { description: "One district's part of a result: the sum of its counties." })
export class DistrictQuestionResultType extends TallyCounts {
  @Field()
  districtCode!: string;

  @Field(() => JurisdictionReference)
  district!: JurisdictionReference;

  @Field(() => Int, { description: 'Counties of the district with more yes than no.' })
  countiesInFavour!: number;

  @Field(() => Int, { description: 'Counties of the district that were counted.' })
  countiesCounted!: number;

  @Field(() => Boolean, { nullable: true, description: 'More yes than no in the district; null for a question without yes and no.' })
  inFavour!: boolean | null;
}

@ObjectType('QuestionResult', {
  description:
    'The result of a questionnaire question: statewide (or, for a county-local citizen resolution, its county) with the county-by-county and district breakdown. ' +
    'Live (online and in-room ballots plus confirmed paper totals, counted as they arrive) until it is certified.',
})
export class QuestionResultType extends TallyCounts {
  @Field(() => ID, { nullable: true, description: 'The certified result; null while live.' })
  id!: string | null;

  @Field({ description: 'True until certified: the counts still grow while voting is open and paper totals are confirmed.' })
  live!: boolean;

  @Field(() => QuestionnaireQuestionType)
  question!: QuestionnaireQuestionType;

  @Field(() => Int, { description: 'Counties with more yes than no.' })
  countiesInFavour!: number;

  @Field(() => Int, { description: 'Counties whose totals were counted.' })
  countiesCounted!: number;

  @Field(() => Boolean, { nullable: true, description: 'More yes than no (a tie fails); null for a question without yes and no.' })
  passed!: boolean | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Null while live.' })
  certifiedAt!: Date | null;

  @Field(() => [CountyQuestionResultType], { description: 'County by county, in code order.' })
  counties!: CountyQuestionResultType[];

  @Field(() => [DistrictQuestionResultType], { description: 'District by district (counties grouped by their parent jurisdiction), in code order.' })
  districts!: DistrictQuestionResultType[];
}

export function toQuestionResultType(
  question: QuestionnaireQuestionType,
  result: QuestionResultEntity,
  counties: readonly CountyResultEntity[],
): QuestionResultType {
  const { choices } = question;
  return {
    id: result.id,
    live: false,
    question,
    ...toTallyCounts(choices, result.counts),
    countiesInFavour: result.countiesInFavour,
    countiesCounted: result.countiesCounted,
    passed: result.passed,
    certifiedAt: result.certifiedAt,
    counties: counties.map((county) => toCountyQuestionResultType(choices, county)),
    districts: [],
  };
}

/** A question's count from the live tally, until its result is certified. */
export function toLiveResult(question: QuestionnaireQuestionType, tally: QuestionTally): QuestionResultType {
  const { choices } = question;
  return {
    id: null,
    live: true,
    question,
    ...toTallyCounts(choices, tally.counts),
    countiesInFavour: tally.countiesInFavour,
    countiesCounted: tally.countiesCounted,
    passed: tally.passed,
    certifiedAt: null,
    counties: tally.counties.map((county) => toCountyQuestionResultType(choices, county)),
    districts: [],
  };
}

/** A county's part of a result, certified (a county_result row) or live (a CountyTally): the same shape. */
export function toCountyQuestionResultType(
  choices: readonly string[],
  county: Pick<CountyTally, 'countyCode' | 'counts' | 'byChannel' | 'inFavour'>,
): CountyQuestionResultType {
  return {
    countyCode: county.countyCode,
    county: { code: county.countyCode },
    ...toTallyCounts(choices, county.counts),
    inFavour: county.inFavour,
    byChannel: VOTING_CHANNELS.flatMap((channel) => {
      const counts = county.byChannel[channel];
      return counts ? [{ channel: channel as VotingChannel, ...toTallyCounts(choices, counts) }] : [];
    }),
  };
}

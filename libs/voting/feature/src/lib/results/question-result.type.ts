import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { CountyResultEntity, QuestionResultEntity } from '@civic/voting-data-access';
import { VOTING_CHANNELS, type CountyTally, type PublicTally } from '@civic/voting-domain';
import { JurisdictionReference } from '../jurisdictions';
import { QuestionnaireQuestionType } from '../questionnaires';
import { ChoiceCount, TallyCounts, toTallyCounts, VotingChannel } from '../tallies';

@ObjectType('ChannelCounts', { description: 'What one channel counted in a county.' })
export class ChannelCountsType extends TallyCounts {
  @Field(() => VotingChannel)
  channel!: VotingChannel;
}

@ObjectType('CountyQuestionResult', {
  description:
    "One county's part of a result. While voting is open its figures are the county's published snapshot: each channel's counts move only once at least " +
    "k (the questionnaire's resultsPublicationThreshold) more ballots arrived in that county channel, so no change ever shows a single ballot; a county none of whose " +
    'channels has reached k yet shows belowThreshold and null counts ("fewer than k"). Exact once voting has closed.',
})
export class CountyQuestionResultType {
  @Field()
  countyCode!: string;

  @Field(() => JurisdictionReference)
  county!: JurisdictionReference;

  @Field({
    description: 'True while voting is open and no channel of this county has reached k ballots: "fewer than k", no counts. Never true once voting closed.',
  })
  belowThreshold!: boolean;

  @Field(() => Int, { nullable: true, description: 'Votes for yes (0 when the question has no yes); null when belowThreshold.' })
  yes!: number | null;

  @Field(() => Int, { nullable: true, description: 'Votes for no (0 when the question has no no); null when belowThreshold.' })
  no!: number | null;

  @Field(() => Int, { nullable: true, description: 'Abstentions (0 when the question has no abstain); null when belowThreshold.' })
  abstain!: number | null;

  @Field(() => [ChoiceCount], { nullable: true, description: "Votes for every one of the question's choices, in its order; null when belowThreshold." })
  counts!: ChoiceCount[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'More yes than no in this county (a tie is not); null for a question without yes and no, or when belowThreshold.',
  })
  inFavour!: boolean | null;

  @Field(() => [ChannelCountsType], {
    description:
      'The counts of each channel that reported in this county; while voting is open, only the channels that have reached k ballots (their published snapshots).',
  })
  byChannel!: ChannelCountsType[];
}

@ObjectType('DistrictQuestionResult', {
  description:
    "One district's part of a result: the sum of its counties' figures as published (counties below the threshold count for nothing until they reach it).",
})
export class DistrictQuestionResultType extends TallyCounts {
  @Field()
  districtCode!: string;

  @Field(() => JurisdictionReference)
  district!: JurisdictionReference;

  @Field(() => Int, { description: 'Counties of the district with more yes than no.' })
  countiesInFavour!: number;

  @Field(() => Int, { description: 'Counties of the district that were counted (while voting is open: whose figures are published).' })
  countiesCounted!: number;

  @Field(() => Boolean, { nullable: true, description: 'More yes than no in the district; null for a question without yes and no.' })
  inFavour!: boolean | null;
}

@ObjectType('QuestionResult', {
  description:
    'The result of a questionnaire question: statewide (or, for a county-local citizen resolution, its county) with the county-by-county and district breakdown. ' +
    'Live (online and in-room ballots plus confirmed paper totals) until it is certified. While voting is open the figures are published snapshots that cannot isolate a ballot: ' +
    "each county channel's counts move only once at least k (publicationThreshold) more ballots arrived there, counties below k are withheld, and the district and statewide " +
    'figures, counties in favour and the decision are the sums of the published county figures (never of the live tally). Exact once voting has closed (exact: true).',
})
export class QuestionResultType extends TallyCounts {
  @Field(() => ID, { nullable: true, description: 'The certified result; null while live.' })
  id!: string | null;

  @Field({ description: 'True until certified: the counts still grow while voting is open and paper totals are confirmed.' })
  live!: boolean;

  @Field({
    description:
      'False while voting is open: the figures are published snapshots (each county channel moves only by k ballots or more; counties below k withheld). True once voting has closed.',
  })
  exact!: boolean;

  @Field(() => Int, { description: "k: the questionnaire's resultsPublicationThreshold, which public figures obey while voting is open." })
  publicationThreshold!: number;

  @Field(() => QuestionnaireQuestionType)
  question!: QuestionnaireQuestionType;

  @Field(() => Int, { description: 'Counties with more yes than no (while voting is open: by their published figures).' })
  countiesInFavour!: number;

  @Field(() => Int, { description: 'Counties whose totals were counted (while voting is open: whose figures are published; withheld ones are not).' })
  countiesCounted!: number;

  @Field(() => Boolean, { nullable: true, description: 'More yes than no (a tie fails); null for a question without yes and no.' })
  passed!: boolean | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Null while live.' })
  certifiedAt!: Date | null;

  @Field(() => [CountyQuestionResultType], { description: 'County by county, in code order, those below the threshold included (belowThreshold, no counts).' })
  counties!: CountyQuestionResultType[];

  @Field(() => [DistrictQuestionResultType], { description: 'District by district (counties grouped by their parent jurisdiction), in code order.' })
  districts!: DistrictQuestionResultType[];
}

export function toQuestionResultType(
  question: QuestionnaireQuestionType,
  result: QuestionResultEntity,
  counties: readonly CountyResultEntity[],
  publicationThreshold: number,
): QuestionResultType {
  const { choices } = question;
  return {
    id: result.id,
    live: false,
    exact: true,
    publicationThreshold,
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

/** A question's public count (published while voting is open, exact after), until its result is certified. */
export function toLiveResult(question: QuestionnaireQuestionType, tally: PublicTally, publicationThreshold: number): QuestionResultType {
  const { choices } = question;
  const counties = [
    ...tally.counties.map((county) => toCountyQuestionResultType(choices, county)),
    ...tally.withheld.map((countyCode) => belowThreshold(countyCode)),
  ].sort((a, b) => (a.countyCode < b.countyCode ? -1 : a.countyCode > b.countyCode ? 1 : 0));
  return {
    id: null,
    live: true,
    exact: tally.exact,
    publicationThreshold,
    question,
    ...toTallyCounts(choices, tally.counts),
    countiesInFavour: tally.countiesInFavour,
    countiesCounted: tally.countiesCounted,
    passed: tally.passed,
    certifiedAt: null,
    counties,
    districts: [],
  };
}

/** A county's part of a result, certified (a county_result row) or counted (a CountyTally): the same shape. */
export function toCountyQuestionResultType(
  choices: readonly string[],
  county: Pick<CountyTally, 'countyCode' | 'counts' | 'byChannel' | 'inFavour'>,
): CountyQuestionResultType {
  return {
    countyCode: county.countyCode,
    county: { code: county.countyCode },
    belowThreshold: false,
    ...toTallyCounts(choices, county.counts),
    inFavour: county.inFavour,
    byChannel: VOTING_CHANNELS.flatMap((channel) => {
      const counts = county.byChannel[channel];
      return counts ? [{ channel: channel as VotingChannel, ...toTallyCounts(choices, counts) }] : [];
    }),
  };
}

/** A county withheld while voting is open: "fewer than k", no counts. */
function belowThreshold(countyCode: string): CountyQuestionResultType {
  return { countyCode, county: { code: countyCode }, belowThreshold: true, yes: null, no: null, abstain: null, counts: null, inFavour: null, byChannel: [] };
}

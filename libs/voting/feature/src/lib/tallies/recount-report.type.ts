import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { RecountReportEntity } from '@civic/voting-data-access';
import { BallotChannel } from '../ballots';

@ObjectType('RecountReport', { description: 'A recount of a questionnaire from its stored ballots, compared with the live tally.' })
export class RecountReportType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => GraphQLISODateTime)
  startedAt!: Date;

  @Field(() => GraphQLISODateTime)
  finishedAt!: Date;

  @Field(() => Int)
  ballotsCounted!: number;

  @Field({ description: 'The recount equals the live tally, key by key.' })
  equal!: boolean;

  @Field(() => [RecountDifferenceType], {
    description:
      'Where they disagree, with the live counts per county and channel: withheld from the public while voting is open (they would show counts the results publish only by k ballots; see differencesWithheld), shown to staff and observers.',
  })
  differences!: RecountDifferenceType[];

  @Field({ description: 'True when the differences are withheld from this reader because voting is still open.' })
  differencesWithheld!: boolean;
}

@ObjectType('RecountDifference', { description: 'A counter where the live tally and the recount disagree.' })
export class RecountDifferenceType {
  @Field(() => ID)
  questionId!: string;

  @Field()
  countyCode!: string;

  @Field(() => BallotChannel)
  channel!: BallotChannel;

  @Field()
  choice!: string;

  @Field(() => Int)
  live!: number;

  @Field(() => Int)
  recounted!: number;
}

export function toRecountReportType(year: number, report: RecountReportEntity): RecountReportType {
  return {
    id: report.id,
    year,
    startedAt: report.startedAt,
    finishedAt: report.finishedAt,
    ballotsCounted: report.ballotsCounted,
    equal: report.equal,
    differences: report.differences.map((difference) => ({ ...difference, channel: difference.channel as BallotChannel })),
    differencesWithheld: false,
  };
}

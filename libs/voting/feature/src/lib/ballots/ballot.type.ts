import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { RecountReportEntity } from '@civic/voting-data-access';
import type { BallotChannel as BallotChannelValue } from '@civic/voting-domain';
import { JurisdictionReference } from '../graphql/jurisdiction-reference.type';

export enum BallotChannel {
  ONLINE = 'online',
  IN_ROOM = 'in-room',
}

registerEnumType(BallotChannel, {
  name: 'BallotChannel',
  description: 'How a ballot is cast: ONLINE by a verified resident, or IN_ROOM by someone checked in with a vote at their county’s meeting.',
});

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const _channelsMatch: Same<`${BallotChannel}`, BallotChannelValue> = true;

@ObjectType('BallotReceipt', { description: 'Proof that your ballot was counted: look the receipt up on the bulletin. It says nothing about your answers.' })
export class BallotReceiptType {
  @Field(() => Int)
  year!: number;

  @Field({ description: '12 characters (A–Z, 2–7); listed on the bulletin of your county.' })
  receipt!: string;

  @Field()
  countyCode!: string;

  @Field(() => JurisdictionReference)
  county!: JurisdictionReference;

  @Field(() => BallotChannel)
  channel!: BallotChannel;

  @Field(() => Int, { description: 'How many questions the ballot answers.' })
  questionsAnswered!: number;
}

@ObjectType('BallotBulletinPage', { description: 'Receipts of counted ballots of a county, in receipt order.' })
export class BallotBulletinPageType {
  @Field(() => Int)
  year!: number;

  @Field()
  countyCode!: string;

  @Field(() => [String])
  receipts!: string[];

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page; null on the last page.' })
  endCursor!: string | null;

  @Field()
  hasNextPage!: boolean;
}

@ObjectType('ReceiptVerification', { description: 'Whether a receipt is among the counted ballots.' })
export class ReceiptVerificationType {
  @Field()
  counted!: boolean;

  @Field(() => String, { nullable: true, description: 'The county the ballot counts in; null when not counted.' })
  countyCode!: string | null;
}

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

  @Field(() => [RecountDifferenceType])
  differences!: RecountDifferenceType[];
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
  };
}

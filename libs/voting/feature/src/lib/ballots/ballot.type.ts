import { Field, Int, ObjectType } from '@nestjs/graphql';
import { JurisdictionReference } from '../jurisdictions';
import { BallotChannel } from './ballot.enums';

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

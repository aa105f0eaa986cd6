import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('VoterRollRejection')
export class VoterRollRejectionType {
  @Field(() => Int, { description: 'Line in the uploaded file (1 is the header).' })
  line!: number;

  @Field({ description: 'MALFORMED_ROW, MISSING_FIELD, INVALID_EMAIL, INVALID_JURISDICTION_CODE, DUPLICATE_VOTER_ID or DUPLICATE_EMAIL.' })
  reason!: string;

  @Field()
  message!: string;
}

@ObjectType('VoterRollImportReport')
export class VoterRollImportReportType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  fileName!: string | null;

  @Field(() => Int, {
    description: 'Rows stored as roll entries (new or updated). No account is verified by an import: people claim their entry with a voter code.',
  })
  accepted!: number;

  @Field(() => Int)
  rejected!: number;

  @Field(() => Int, { description: 'Accepted rows whose voter id was new to the roll (the others updated their entry).' })
  added!: number;

  @Field(() => [VoterRollRejectionType])
  rejections!: VoterRollRejectionType[];

  @Field(() => Date)
  createdAt!: Date;
}

import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('VoterRollRejection')
export class VoterRollRejectionType {
  @Field(() => Int, { description: 'Line in the uploaded file (1 is the header).' })
  line!: number;

  @Field({ description: 'MALFORMED_ROW, MISSING_FIELD, INVALID_EMAIL, INVALID_JURISDICTION_CODE, DUPLICATE_VOTER_ID, DUPLICATE_EMAIL or NO_MATCHING_ACCOUNT.' })
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

  @Field(() => Int, { description: 'Rows that matched an account; each such residency is now verified by voter roll.' })
  accepted!: number;

  @Field(() => Int)
  rejected!: number;

  @Field(() => Int, { description: 'Accepted rows that changed a residency (the others were already verified so).' })
  newlyVerified!: number;

  @Field(() => [VoterRollRejectionType])
  rejections!: VoterRollRejectionType[];

  @Field(() => Date)
  createdAt!: Date;
}

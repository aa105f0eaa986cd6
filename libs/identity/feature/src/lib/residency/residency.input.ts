import { Field, ID, InputType } from '@nestjs/graphql';
import type { ResidencyVerificationMethod } from '@civic/contracts';
import { ResidencyMethod } from './residency.enums';

@InputType()
export class VerifyResidencyInput {
  @Field(() => ID)
  accountId!: string;

  @Field()
  jurisdictionCode!: string;

  @Field(() => ResidencyMethod)
  method!: ResidencyVerificationMethod;
}

@InputType()
export class RevokeResidencyInput {
  @Field(() => ID)
  accountId!: string;
}

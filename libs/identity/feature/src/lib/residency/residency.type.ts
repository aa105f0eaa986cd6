import { Field, ObjectType } from '@nestjs/graphql';
import type { ResidencyVerificationMethod } from '@civic/contracts';
import type { ResidencyStatus as Status } from '@civic/identity-domain';
import { ResidencyStatus } from '../accounts';
import { ResidencyMethod } from './residency.enums';
import { JurisdictionReference } from './jurisdiction.type';

@ObjectType('Residency', { description: 'Where a person lives, and whether and how that was verified.' })
export class ResidencyType {
  /** Resolved from `jurisdictionCode` by a field resolver. */
  @Field(() => JurisdictionReference, { nullable: true })
  jurisdiction?: JurisdictionReference | null;

  @Field(() => ResidencyStatus)
  status!: Status;

  @Field(() => ResidencyMethod, { nullable: true })
  method!: ResidencyVerificationMethod | null;

  @Field(() => Date, { nullable: true })
  verifiedAt!: Date | null;

  jurisdictionCode!: string | null;
}

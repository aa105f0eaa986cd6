import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import type { Eligibility } from '@civic/voting-domain';
import { AccountReference } from '../accounts';
import { JurisdictionReference } from '../jurisdictions';
import { EligibilityStatus, ResidencyMethod } from './eligibility.enums';

@ObjectType({ description: "A person's right to vote, as the voting service learned it from verified residency." })
export class VoterEligibility {
  @Field(() => AccountReference, { description: 'Whose eligibility this is.' })
  account!: AccountReference;

  @Field(() => JurisdictionReference, { description: 'Where the person votes (a county, by default).' })
  jurisdiction!: JurisdictionReference;

  @Field(() => EligibilityStatus)
  status!: EligibilityStatus;

  @Field(() => ResidencyMethod, { nullable: true, description: 'How the residency was last verified.' })
  method!: ResidencyMethod | null;

  @Field(() => GraphQLISODateTime, { description: 'When the current status began.' })
  since!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the residency was last verified.' })
  verifiedAt!: Date | null;
}

export function toVoterEligibility(eligibility: Eligibility): VoterEligibility {
  return {
    account: { id: eligibility.accountId },
    jurisdiction: { code: eligibility.jurisdictionCode },
    status: eligibility.status as EligibilityStatus,
    method: eligibility.method as ResidencyMethod | null,
    since: eligibility.effectiveAt,
    verifiedAt: eligibility.verifiedAt,
  };
}

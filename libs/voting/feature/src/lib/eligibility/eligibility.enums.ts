import { registerEnumType } from '@nestjs/graphql';
import type { ResidencyVerificationMethod as Method } from '@civic/contracts';
import type { EligibilityStatus as Status } from '@civic/voting-domain';

/** GraphQL names for the contract's values; the values themselves are the contract's strings. */
export enum EligibilityStatus {
  ELIGIBLE = 'eligible',
  REVOKED = 'revoked',
}

/** Same name, values and description as identity's enum: Federation merges the two. */
export enum ResidencyMethod {
  STAFF_IN_PERSON = 'staff-in-person',
  VOTER_ROLL = 'voter-roll',
  SELF_DECLARED = 'self-declared',
}

registerEnumType(EligibilityStatus, {
  name: 'EligibilityStatus',
  description: 'Whether the person may vote in their jurisdiction.',
});
registerEnumType(ResidencyMethod, {
  name: 'ResidencyMethod',
  description: 'How a residency was established: staff checked ID in person, a voter-roll match, or the person said so.',
});

// Compile-time guards: the GraphQL enums cover exactly the domain's and the contract's values.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const _statusesMatch: Same<`${EligibilityStatus}`, Status> = true;
const _methodsMatch: Same<`${ResidencyMethod}`, Method> = true;

import { registerEnumType } from '@nestjs/graphql';

/** GraphQL enum names are identifiers; the values are the contract strings. */
export const ResidencyMethod = {
  STAFF_IN_PERSON: 'staff-in-person',
  VOTER_ROLL: 'voter-roll',
  SELF_DECLARED: 'self-declared',
} as const;
registerEnumType(ResidencyMethod, {
  name: 'ResidencyMethod',
  description: 'How a residency was established: staff checked ID in person, a voter-roll match, or the person said so.',
});

import { registerEnumType } from '@nestjs/graphql';
import type { ResidencyVerificationMethod as Method } from '@civic/contracts';
import type {
  EligibilityStatus as Status,
  QuestionnaireStatus as QuestionnaireStatusValue,
  QuestionSource as QuestionSourceValue,
  VotingChannel as VotingChannelValue,
} from '@civic/voting-domain';

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

export enum QuestionnaireStatus {
  DRAFT = 'draft',
  OPEN = 'open',
  CLOSED = 'closed',
  CERTIFIED = 'certified',
}

export enum QuestionSource {
  AGENCY = 'agency',
  BOARD = 'board',
  ADVISORY = 'advisory',
  COUNTY_RESOLUTION = 'county-resolution',
}

export enum VotingChannel {
  PAPER = 'paper',
  IN_ROOM = 'in-room',
  ONLINE = 'online',
}

registerEnumType(EligibilityStatus, {
  name: 'EligibilityStatus',
  description: 'Whether the person may vote in their jurisdiction.',
});
registerEnumType(ResidencyMethod, {
  name: 'ResidencyMethod',
  description: 'How a residency was established: staff checked ID in person, a voter-roll match, or the person said so.',
});
registerEnumType(QuestionnaireStatus, {
  name: 'QuestionnaireStatus',
  description: 'DRAFT while questions are added, OPEN while voting runs, CLOSED when it ended, CERTIFIED once every question has its result.',
});
registerEnumType(QuestionSource, {
  name: 'QuestionSource',
  description: 'Where a questionnaire question comes from.',
  valuesMap: {
    AGENCY: { description: "The agency's question (a proposed rule change)." },
    BOARD: { description: "The board's question." },
    ADVISORY: { description: "The congress's advisory question, from an approved citizen resolution; statewide." },
    COUNTY_RESOLUTION: { description: 'A citizen resolution introduced in one county; only that county votes on it.' },
  },
});
registerEnumType(VotingChannel, {
  name: 'VotingChannel',
  description: 'How votes reached the count: paper totals per county, electronic votes in the room, or online ballots.',
});

// Compile-time guards: the GraphQL enums cover exactly the domain's and the contract's values.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const _statusesMatch: Same<`${EligibilityStatus}`, Status> = true;
const _methodsMatch: Same<`${ResidencyMethod}`, Method> = true;
const _questionnaireStatusesMatch: Same<`${QuestionnaireStatus}`, QuestionnaireStatusValue> = true;
const _sourcesMatch: Same<`${QuestionSource}`, QuestionSourceValue> = true;
const _channelsMatch: Same<`${VotingChannel}`, VotingChannelValue> = true;

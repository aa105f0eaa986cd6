import { registerEnumType } from '@nestjs/graphql';
import type { QuestionnaireStatus as QuestionnaireStatusValue, QuestionSource as QuestionSourceValue } from '@civic/voting-domain';

/** GraphQL names for the domain's values; the values themselves are the domain's strings. */
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

// Compile-time guards: the GraphQL enums cover exactly the domain's values.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const _questionnaireStatusesMatch: Same<`${QuestionnaireStatus}`, QuestionnaireStatusValue> = true;
const _sourcesMatch: Same<`${QuestionSource}`, QuestionSourceValue> = true;

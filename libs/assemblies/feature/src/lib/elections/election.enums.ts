import { registerEnumType } from '@nestjs/graphql';
import type {
  BodyElectionKind as BodyKindOfElection,
  CandidateOutcome as Outcome,
  CountingMethod as Method,
  ElectionKind as Kind,
  ElectionPhase as Phase,
} from '@civic/assemblies-domain';

/** GraphQL names for the domain's values; the values themselves are the domain's strings. */
export enum ElectionPhase {
  NOMINATIONS = 'nominations',
  VOTING = 'voting',
  CLOSED = 'closed',
  CERTIFIED = 'certified',
}

export enum CountingMethod {
  PLURALITY = 'plurality',
  APPROVAL = 'approval',
  STV = 'stv',
}

export enum CandidateOutcome {
  ELECTED = 'elected',
  DEFEATED = 'defeated',
  EXCLUDED = 'excluded',
  BARRED = 'barred',
}

export enum ElectionKind {
  COUNTY_DELEGATES = 'county-delegates',
  DELEGATION_OFFICER = 'delegation-officer',
  COUNCIL_MEMBERS = 'council-members',
  EXECUTIVE_OFFICER = 'executive-officer',
}

/** The body elections staff can set up (a county's delegate election comes from its meeting). */
export enum BodyElectionKind {
  DELEGATION_OFFICER = 'delegation-officer',
  COUNCIL_MEMBERS = 'council-members',
  EXECUTIVE_OFFICER = 'executive-officer',
}

const KIND_DESCRIPTIONS = {
  DELEGATION_OFFICER: { description: "A county delegation's chair or vice-chair (one election per office), elected by the county's delegates in office." },
  COUNCIL_MEMBERS: {
    description:
      "A district's 2 District Leadership Council members, elected by the district's delegates in office; at most one per county, enforced in the count.",
  },
  EXECUTIVE_OFFICER: {
    description: 'One Executive Committee office (chair, vice-chair, secretary, public-relations officer, historian), elected by the council.',
  },
};
registerEnumType(ElectionKind, {
  name: 'ElectionKind',
  valuesMap: { COUNTY_DELEGATES: { description: "A county meeting's delegate election." }, ...KIND_DESCRIPTIONS },
});
registerEnumType(BodyElectionKind, { name: 'BodyElectionKind', valuesMap: KIND_DESCRIPTIONS });

registerEnumType(ElectionPhase, {
  name: 'ElectionPhase',
  description: 'NOMINATIONS, then VOTING, then CLOSED (seed drawn), then CERTIFIED (final, result public).',
});
registerEnumType(CountingMethod, {
  name: 'CountingMethod',
  valuesMap: {
    PLURALITY: { description: 'Plurality for k seats: mark up to k candidates; the k with most marks win.' },
    APPROVAL: { description: 'Approval: mark every acceptable candidate; the most approved win.' },
    STV: { description: 'Single transferable vote, Scottish STV rules (Scottish Local Government Elections Order 2007, rules 45–52).' },
  },
});
registerEnumType(CandidateOutcome, { name: 'CandidateOutcome' });

// Compile-time guards: the GraphQL enums cover exactly the domain's values.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const _phasesMatch: Same<`${ElectionPhase}`, Phase> = true;
const _methodsMatch: Same<`${CountingMethod}`, Method> = true;
const _outcomesMatch: Same<`${CandidateOutcome}`, Outcome> = true;
const _kindsMatch: Same<`${ElectionKind}`, Kind> = true;
const _bodyKindsMatch: Same<`${BodyElectionKind}`, BodyKindOfElection> = true;

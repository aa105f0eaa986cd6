import { registerEnumType } from '@nestjs/graphql';
import type { CandidateOutcome as Outcome, CountingMethod as Method, ElectionPhase as Phase } from '@civic/assemblies-domain';

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

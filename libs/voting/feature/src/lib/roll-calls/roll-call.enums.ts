import { registerEnumType } from '@nestjs/graphql';
import type {
  PublicPosition as PublicPositionValue,
  RollCallChoice as RollCallChoiceValue,
  RollCallOutcome as RollCallOutcomeValue,
  RollCallStatus as RollCallStatusValue,
  ThresholdKind,
} from '@civic/voting-domain';

/** GraphQL names for the domain's values; the values themselves are the domain's strings. */
export enum RollCallChoice {
  YES = 'yes',
  NO = 'no',
  ABSTAIN = 'abstain',
}

export enum RollCallStatus {
  OPEN = 'open',
  CLOSED = 'closed',
}

export enum RollCallOutcome {
  PASSED = 'passed',
  FAILED = 'failed',
  NO_QUORUM = 'no-quorum',
}

export enum RollCallThresholdKind {
  MAJORITY = 'majority',
  TWO_THIRDS = 'two-thirds',
  CUSTOM = 'custom',
}

export enum PublicPosition {
  YES = 'yes',
  NO = 'no',
}

registerEnumType(RollCallChoice, { name: 'RollCallChoice', description: "A member's named vote on a roll call." });
registerEnumType(RollCallStatus, {
  name: 'RollCallStatus',
  description: 'OPEN while members vote (and may change their votes), CLOSED once staff closed it. Final.',
});
registerEnumType(RollCallOutcome, {
  name: 'RollCallOutcome',
  description: 'The result of a closed roll call.',
  valuesMap: {
    PASSED: { description: 'Quorum was present and the yes votes met the threshold.' },
    FAILED: { description: 'Quorum was present but the yes votes fell short of the threshold.' },
    NO_QUORUM: { description: 'Too few members were present (voted, abstained or declared a conflict): no decision, the motion does not pass.' },
  },
});
registerEnumType(RollCallThresholdKind, {
  name: 'RollCallThresholdKind',
  description: 'The share of yes among yes + no a motion needs (abstentions count neither way).',
  valuesMap: {
    MAJORITY: { description: 'More than half (a tie fails).' },
    TWO_THIRDS: { description: 'At least two-thirds.' },
    CUSTOM: { description: 'At least numerator / denominator.' },
  },
});
registerEnumType(PublicPosition, { name: 'PublicPosition', description: "Which of yes and no had more of the public's votes in a county." });

// Compile-time guards: the GraphQL enums cover exactly the domain's values.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const _choicesMatch: Same<`${RollCallChoice}`, RollCallChoiceValue> = true;
const _statusesMatch: Same<`${RollCallStatus}`, RollCallStatusValue> = true;
const _outcomesMatch: Same<`${RollCallOutcome}`, RollCallOutcomeValue> = true;
const _kindsMatch: Same<`${RollCallThresholdKind}`, ThresholdKind> = true;
const _positionsMatch: Same<`${PublicPosition}`, PublicPositionValue> = true;

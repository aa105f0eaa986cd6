import { registerEnumType } from '@nestjs/graphql';

export enum ResolutionKindValue {
  /** Asks the agency to change an administrative rule. */
  RULE_CHANGE = 'rule-change',
  /** Advises the board or the congress on a policy. */
  ADVISORY = 'advisory',
}
registerEnumType(ResolutionKindValue, { name: 'ResolutionKind', description: 'A recommended rule change or an advisory resolution.' });

export enum ActorKindValue {
  PERSON = 'person',
  /** The platform: a result arriving from the voting service, a deadline, the 3:2 rule. */
  SYSTEM = 'system',
}
registerEnumType(ActorKindValue, { name: 'ActorKind', description: 'Who took a step: a person, or the platform applying a rule.' });

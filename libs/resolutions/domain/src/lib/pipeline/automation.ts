import { transitionsFrom } from './decide-transition';
import {
  ROLL_CALL_EVENTS,
  type AutomaticEvent,
  type PipelineDefinition,
  type TransitionEffect,
  type TransitionTrigger,
  type TransitionDefinition,
} from './pipeline.types';

/**
 * Reading a pipeline's declarations: what a transition sets off (`effects`) and on which
 * event the platform takes it by itself (`takenWhen`). Services ask these, never codes.
 */

/** Whether taking `transition` sets off `effect`. */
export function hasEffect(transition: TransitionDefinition, effect: TransitionEffect): boolean {
  return transition.effects?.includes(effect) === true;
}

/** Whether two triggers are the same event (for roll calls: of the same body). */
export function sameTrigger(a: TransitionTrigger, b: TransitionTrigger): boolean {
  return a.event === b.event && (!isRollCallEvent(a.event) || a.bodyCode === b.bodyCode);
}

export function isRollCallEvent(event: AutomaticEvent): boolean {
  return ROLL_CALL_EVENTS.includes(event);
}

/**
 * The transition the platform takes when `trigger` happens to a resolution in `stage`, or
 * undefined when that event moves nothing there (a published pipeline has at most one).
 */
export function transitionTakenWhen(pipeline: PipelineDefinition, stage: string, trigger: TransitionTrigger): TransitionDefinition | undefined {
  return transitionsFrom(pipeline, stage).find((transition) => transition.takenWhen !== undefined && sameTrigger(transition.takenWhen, trigger));
}

/** Every transition taken on `event`, from whatever stage (for roll calls: of any body). */
export function transitionsTakenOn(pipeline: PipelineDefinition, event: AutomaticEvent): TransitionDefinition[] {
  return pipeline.transitions.filter((transition) => transition.takenWhen?.event === event);
}

/** Every transition that sets off `effect`. */
export function transitionsWithEffect(pipeline: PipelineDefinition, effect: TransitionEffect): TransitionDefinition[] {
  return pipeline.transitions.filter((transition) => hasEffect(transition, effect));
}

const EVENT_LABELS: Record<AutomaticEvent, (bodyCode: string) => string> = {
  'county-vote-passed': () => 'the county vote passes',
  'county-vote-failed': () => 'the county vote fails',
  'statewide-result-certified': () => 'the statewide result is certified',
  'roll-call-passed': (body) => `a roll call of "${body}" passes`,
  'roll-call-failed': (body) => `a roll call of "${body}" fails`,
  'three-two-rule-met': () => 'the 3:2 rule is met',
};

/** "the county vote passes", 'a roll call of "convention" passes': for messages. */
export function triggerLabel(trigger: TransitionTrigger): string {
  return EVENT_LABELS[trigger.event](trigger.bodyCode ?? '?');
}

import { sameTrigger, transitionsTakenOn, transitionsWithEffect, triggerLabel } from './automation';
import { transitionsFrom } from './decide-transition';
import {
  AUTOMATIC_EVENTS,
  type AutomaticEvent,
  type PipelineDefinition,
  type PipelineProblem,
  type TransitionCondition,
  type TransitionDefinition,
  type TransitionEffect,
  type TransitionRequirements,
} from './pipeline.types';

/** What the platform passes along when it takes a transition on each event (a reason always). */
const SUPPLIED_INPUTS: Record<AutomaticEvent, ReadonlyArray<keyof TransitionRequirements>> = {
  'county-vote-passed': ['reason'],
  'county-vote-failed': ['reason'],
  'statewide-result-certified': ['reason'],
  'roll-call-passed': ['reason', 'vote'],
  'roll-call-failed': ['reason', 'vote'],
  'three-two-rule-met': ['reason'],
};

/** The conditions that are sure to hold when each event arrives (any other may not, and the move would fail). */
const GUARANTEED_CONDITIONS: Record<AutomaticEvent, readonly TransitionCondition[]> = {
  'county-vote-passed': ['passed-in-county'],
  'county-vote-failed': ['failed-in-county'],
  'statewide-result-certified': ['statewide-result-recorded'],
  'roll-call-passed': [],
  'roll-call-failed': [],
  'three-two-rule-met': [],
};

/**
 * Whether the pipeline's declarations can work (its `effects` and `takenWhen`, and the 3:2
 * rule): each automatic move must be one the platform can take with what the event brings,
 * from a stage where the event can arrive, never ambiguous; and whatever a transition sets
 * off must have a transition to receive its outcome. Names already reported by
 * validatePipeline's shape checks (unknown events or effects) are skipped here.
 */
export function automationProblems(def: PipelineDefinition): PipelineProblem[] {
  const problems: PipelineProblem[] = [];
  const report = (path: string, message: string) => problems.push({ path, message });
  const stageCodes = new Set(def.stages.map((stage) => stage.code));
  const enteredBy = (effect: TransitionEffect) => new Set(transitionsWithEffect(def, effect).map((transition) => transition.to));
  const countyVoteStages = enteredBy('opens-county-vote');
  const questionnaireStages = enteredBy('puts-question-on-questionnaire');
  const leaves = (stage: string, event: AutomaticEvent) => transitionsFrom(def, stage).some((transition) => transition.takenWhen?.event === event);

  def.transitions.forEach((transition, i) => {
    const path = `transitions[${i}]`;
    const trigger = transition.takenWhen;
    if (trigger && isKnown(AUTOMATIC_EVENTS, trigger.event)) {
      const when = `transition "${transition.code}" is taken when ${triggerLabel(trigger)}`;
      if (!transition.actors.some((rule) => rule.kind === 'system')) {
        report(`${path}.actors`, `${when}, so the system must be one of its actors`);
      }
      requiredInputs(transition).forEach((field) => {
        if (!SUPPLIED_INPUTS[trigger.event].includes(field)) report(`${path}.requires.${field}`, `${when}, which cannot supply ${field}`);
      });
      transition.conditions.forEach((condition, j) => {
        if (!GUARANTEED_CONDITIONS[trigger.event].includes(condition)) {
          report(`${path}.conditions[${j}]`, `${when}, but its condition "${condition}" need not hold then, so the platform could not take it`);
        }
      });
      const arrivesIn =
        trigger.event === 'county-vote-passed' || trigger.event === 'county-vote-failed'
          ? { stages: countyVoteStages, what: 'a county vote', opener: 'opens a county vote' }
          : trigger.event === 'statewide-result-certified'
            ? { stages: questionnaireStages, what: 'a statewide result', opener: 'puts a question on the questionnaire' }
            : null;
      if (arrivesIn) {
        transition.from.forEach((from, j) => {
          if (stageCodes.has(from) && !arrivesIn.stages.has(from)) {
            report(
              `${path}.from[${j}]`,
              `${when}, but no transition that ${arrivesIn.opener} enters its stage "${from}", so ${arrivesIn.what} never arrives there`,
            );
          }
        });
      }
      if (trigger.event === 'three-two-rule-met' && !def.threeTwoRule) {
        report(`${path}.takenWhen`, `${when}, but the pipeline has no threeTwoRule`);
      }
    }

    (transition.effects ?? []).forEach((effect, j) => {
      if (!stageCodes.has(transition.to)) return;
      if (effect === 'opens-county-vote') {
        for (const event of ['county-vote-passed', 'county-vote-failed'] as const) {
          if (!leaves(transition.to, event)) {
            report(
              `${path}.effects[${j}]`,
              `transition "${transition.code}" opens a county vote, but no transition leaves its stage "${transition.to}" when ${triggerLabel({ event })}`,
            );
          }
        }
      } else if (effect === 'puts-question-on-questionnaire' && !leaves(transition.to, 'statewide-result-certified')) {
        report(
          `${path}.effects[${j}]`,
          `transition "${transition.code}" puts a question on the questionnaire, but no transition leaves its stage "${transition.to}" when the statewide result is certified`,
        );
      }
    });
  });

  // From one stage, one event moves a resolution one way only.
  def.stages.forEach((stage) => {
    const automatic = transitionsFrom(def, stage.code).filter((transition) => transition.takenWhen && isKnown(AUTOMATIC_EVENTS, transition.takenWhen.event));
    automatic.forEach((transition, k) => {
      const trigger = transition.takenWhen as NonNullable<TransitionDefinition['takenWhen']>;
      const earlier = automatic.slice(0, k).find((other) => other.takenWhen !== undefined && sameTrigger(other.takenWhen, trigger));
      if (earlier) {
        report(
          `transitions[${def.transitions.indexOf(transition)}].takenWhen`,
          `transitions "${earlier.code}" and "${transition.code}" both leave stage "${stage.code}" when ${triggerLabel(trigger)}: the platform could not tell which to take`,
        );
      }
    });
  });

  if (def.threeTwoRule) {
    if (transitionsTakenOn(def, 'three-two-rule-met').length === 0) {
      report('threeTwoRule', 'the 3:2 rule needs a transition taken when it is met (takenWhen: { event: "three-two-rule-met" })');
    }
    if (transitionsWithEffect(def, 'opens-county-vote').length === 0) {
      report('threeTwoRule', 'the 3:2 rule counts county votes, but no transition opens one (effects: ["opens-county-vote"])');
    }
  }
  return problems;
}

function requiredInputs(transition: TransitionDefinition): Array<keyof TransitionRequirements> {
  return (Object.keys(transition.requires) as Array<keyof TransitionRequirements>).filter((field) => transition.requires[field] === true);
}

function isKnown<T extends string>(names: readonly T[], name: string): name is T {
  return (names as readonly string[]).includes(name);
}

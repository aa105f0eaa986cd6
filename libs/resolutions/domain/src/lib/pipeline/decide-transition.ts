import type {
  ActorRule,
  PipelineDefinition,
  ResolutionFacts,
  StageDefinition,
  TransitionActor,
  TransitionCommand,
  TransitionCondition,
  TransitionDecision,
  TransitionDefinition,
  TransitionProblem,
  TransitionRequirements,
} from './pipeline.types';

/** Roles that act as staff in every pipeline. */
export const STAFF_ROLES: readonly string[] = ['staff', 'admin'];

export function stageOf(pipeline: PipelineDefinition, code: string): StageDefinition | undefined {
  return pipeline.stages.find((stage) => stage.code === code);
}

export function transitionOf(pipeline: PipelineDefinition, code: string): TransitionDefinition | undefined {
  return pipeline.transitions.find((transition) => transition.code === code);
}

/** The transitions that leave a stage (none for a terminal stage). */
export function transitionsFrom(pipeline: PipelineDefinition, stage: string): TransitionDefinition[] {
  if (stageOf(pipeline, stage)?.terminal) return [];
  return pipeline.transitions.filter((transition) => transition.from.includes(stage));
}

export function conditionHolds(condition: TransitionCondition, facts: ResolutionFacts): boolean {
  switch (condition) {
    case 'passed-in-county':
      return facts.countyResult === 'passed';
    case 'failed-in-county':
      return facts.countyResult === 'failed';
    case 'statewide-result-recorded':
      return facts.statewideResultRecorded;
    case 'has-committee':
      return isFilled(facts.committeeCode);
  }
}

function isFilled(value: string | null | undefined): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

function isCount(value: unknown): boolean {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

type PersonActor = Extract<TransitionActor, { kind: 'person' }>;

function isStaff(actor: PersonActor): boolean {
  return actor.roles.some((role) => STAFF_ROLES.includes(role));
}

/** The body a body-based rule refers to, or null when the rule is not about a body (or no committee is set). */
function ruleBody(rule: ActorRule, facts: ResolutionFacts): string | null {
  if (rule.kind === 'body-member') return rule.bodyCode;
  if (rule.kind === 'referred-committee-member') return isFilled(facts.committeeCode) ? facts.committeeCode : null;
  return null;
}

type ActorCheck = { allowed: true } | { allowed: false; conflictedBody?: string };

/**
 * A person may act when any rule matches. A conflict of interest in a body bars a person
 * only when their right to act comes from that body alone: staff act for the congress
 * itself, so a staff member's committee seat does not stop them.
 */
function checkActor(transition: TransitionDefinition, facts: ResolutionFacts, actor: TransitionActor): ActorCheck {
  if (actor.kind === 'system') {
    return transition.actors.some((rule) => rule.kind === 'system') ? { allowed: true } : { allowed: false };
  }
  let conflictedBody: string | undefined;
  for (const rule of transition.actors) {
    switch (rule.kind) {
      case 'system':
        break;
      case 'staff':
        if (isStaff(actor)) return { allowed: true };
        break;
      case 'board':
        if (actor.roles.includes('board')) return { allowed: true };
        break;
      case 'author':
        if (actor.accountId === facts.authorId) return { allowed: true };
        break;
      case 'referred-committee-member':
      case 'body-member': {
        const body = ruleBody(rule, facts);
        if (body === null || !actor.bodyCodes.includes(body)) break;
        if (actor.conflictedBodyCodes.includes(body)) {
          conflictedBody ??= body;
          break;
        }
        return { allowed: true };
      }
    }
  }
  return conflictedBody === undefined ? { allowed: false } : { allowed: false, conflictedBody };
}

const REQUIREMENT_ORDER: ReadonlyArray<keyof TransitionRequirements> = ['committee', 'vote', 'reason', 'notes', 'amendedText', 'questionText'];

function inputPresent(field: keyof TransitionRequirements, command: TransitionCommand): boolean {
  switch (field) {
    case 'reason':
      return isFilled(command.reason);
    case 'notes':
      return isFilled(command.notes);
    case 'committee':
      return isFilled(command.committeeCode);
    case 'amendedText':
      return isFilled(command.amendedText);
    case 'questionText':
      return isFilled(command.questionText);
    case 'vote': {
      const vote = command.vote;
      return vote != null && isCount(vote.yes) && isCount(vote.no) && isCount(vote.abstain);
    }
  }
}

/** Everything except the command's inputs: may this actor take this transition now? */
function decideWithoutInputs(pipeline: PipelineDefinition, facts: ResolutionFacts, transitionCode: string, actor: TransitionActor): TransitionDecision {
  const transition = transitionOf(pipeline, transitionCode);
  if (!transition) return refuse({ kind: 'unknown-transition', transition: transitionCode });
  const from = stageOf(pipeline, facts.stage);
  const to = stageOf(pipeline, transition.to);
  if (!from || from.terminal || !to || !transition.from.includes(facts.stage)) {
    return refuse({ kind: 'not-from-this-stage', transition: transition.code, stage: facts.stage, allowedFrom: transition.from });
  }
  const actorCheck = checkActor(transition, facts, actor);
  if (!actorCheck.allowed) {
    return refuse(
      actorCheck.conflictedBody === undefined
        ? { kind: 'actor-not-allowed', transition: transition.code }
        : { kind: 'conflict-of-interest', transition: transition.code, bodyCode: actorCheck.conflictedBody },
    );
  }
  const unmet = transition.conditions.find((condition) => !conditionHolds(condition, facts));
  if (unmet) return refuse({ kind: 'condition-not-met', transition: transition.code, condition: unmet });
  return { ok: true, transition, from, to };
}

/**
 * Decides whether `actor` may take `command.transition` on a resolution described by `facts`.
 * Checks run in a fixed order (transition, stage, actor, conflict, conditions, inputs) so
 * the first problem reported is the most fundamental one. Pure: it changes nothing.
 */
export function decideTransition(pipeline: PipelineDefinition, facts: ResolutionFacts, command: TransitionCommand, actor: TransitionActor): TransitionDecision {
  const decision = decideWithoutInputs(pipeline, facts, command.transition, actor);
  if (!decision.ok) return decision;
  const { transition } = decision;
  for (const field of REQUIREMENT_ORDER) {
    if (transition.requires[field] === true && !inputPresent(field, command)) {
      return refuse({ kind: 'missing-input', transition: transition.code, field });
    }
  }
  if (isFilled(command.minorityReport) && transition.allowsMinorityReport !== true) {
    return refuse({ kind: 'minority-report-not-allowed', transition: transition.code });
  }
  return decision;
}

/** The transitions `actor` could take now, given the right inputs (for menus and queues). */
export function availableTransitions(pipeline: PipelineDefinition, facts: ResolutionFacts, actor: TransitionActor): TransitionDefinition[] {
  return transitionsFrom(pipeline, facts.stage).filter((transition) => decideWithoutInputs(pipeline, facts, transition.code, actor).ok);
}

const FIELD_LABELS: Record<keyof TransitionRequirements, string> = {
  reason: 'a written reason',
  vote: 'the recorded vote (whole numbers of yes, no and abstain votes)',
  notes: 'notes',
  committee: 'the committee it is referred to',
  amendedText: 'the amended text',
  questionText: "the advisory question's wording",
};

const CONDITION_LABELS: Record<TransitionCondition, string> = {
  'passed-in-county': 'the resolution has not passed in its county',
  'failed-in-county': 'the resolution has not failed in its county',
  'statewide-result-recorded': 'the statewide result has not been recorded',
  'has-committee': 'the resolution has not been referred to a committee',
};

/** A clear message, safe to show the public, for a refused transition. */
export function problemMessage(problem: TransitionProblem): string {
  switch (problem.kind) {
    case 'unknown-transition':
      return `"${problem.transition}" is not a transition of this resolution's pipeline.`;
    case 'not-from-this-stage':
      return problem.allowedFrom.length === 0
        ? `"${problem.transition}" cannot be taken from any stage.`
        : `"${problem.transition}" cannot be taken from the stage "${problem.stage}"; it is allowed only from: ${problem.allowedFrom.join(', ')}.`;
    case 'actor-not-allowed':
      return `You are not allowed to take the transition "${problem.transition}" on this resolution.`;
    case 'conflict-of-interest':
      return `You declared a conflict of interest on this resolution in "${problem.bodyCode}", so you cannot take the transition "${problem.transition}".`;
    case 'condition-not-met':
      return `The transition "${problem.transition}" cannot be taken yet: ${CONDITION_LABELS[problem.condition]}.`;
    case 'missing-input':
      return `The transition "${problem.transition}" requires ${FIELD_LABELS[problem.field]}.`;
    case 'minority-report-not-allowed':
      return `A minority report cannot be attached to the transition "${problem.transition}".`;
  }
}

function refuse(problem: TransitionProblem): TransitionDecision {
  return { ok: false, problem };
}

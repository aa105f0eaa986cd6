import { z } from 'zod';
import { automationProblems } from './validate-automation';
import { isRollCallEvent } from './automation';
import {
  AUTOMATIC_EVENTS,
  POLICY_PHASES,
  ROLL_CALL_EVENTS,
  TRANSITION_CONDITIONS,
  TRANSITION_EFFECTS,
  type PipelineDefinition,
  type PipelineProblem,
  type TransitionRequirements,
} from './pipeline.types';

/** Stage, transition and body codes: short, URL- and log-safe. */
export const PIPELINE_CODE_PATTERN = /^[a-z0-9][a-z0-9._-]{0,63}$/i;

export const REQUIREMENT_NAMES: ReadonlyArray<keyof TransitionRequirements> = ['reason', 'vote', 'notes', 'committee', 'amendedText', 'questionText'];

const DEADLINE_KINDS = ['committee-decision', 'board-response', 'implementation-report'] as const;
const ACTOR_KINDS = ['staff', 'board', 'author', 'referred-committee-member', 'body-member', 'system'] as const;

/**
 * Lists every way a pipeline breaks the rules (empty when it is sound). A congress cannot
 * publish a version with problems, because a broken pipeline strands resolutions.
 */
export function validatePipeline(def: PipelineDefinition): PipelineProblem[] {
  const problems: PipelineProblem[] = [];
  const report = (path: string, message: string) => problems.push({ path, message });

  if (def.name.trim().length === 0) report('name', 'the pipeline needs a name');

  const stages = new Map(def.stages.map((stage) => [stage.code, stage]));
  const seenStages = new Set<string>();
  def.stages.forEach((stage, i) => {
    const path = `stages[${i}]`;
    checkCode(stage.code, `${path}.code`, report);
    if (seenStages.has(stage.code)) report(`${path}.code`, `stage code "${stage.code}" is used twice`);
    seenStages.add(stage.code);
    if (stage.name.trim().length === 0) report(`${path}.name`, `stage "${stage.code}" needs a name`);
    if (!(POLICY_PHASES as readonly string[]).includes(stage.phase)) {
      report(`${path}.phase`, `"${stage.phase}" is not a policy phase (${POLICY_PHASES.join(', ')})`);
    }
    if (stage.deadline) {
      const deadline = stage.deadline;
      if (!(DEADLINE_KINDS as readonly string[]).includes(deadline.kind)) {
        report(`${path}.deadline.kind`, `"${deadline.kind}" is not a deadline kind (${DEADLINE_KINDS.join(', ')})`);
      }
      if (!Number.isSafeInteger(deadline.days) || deadline.days < 1) {
        report(`${path}.deadline.days`, 'a deadline is a whole number of days, at least 1');
      }
      if (stage.terminal) report(`${path}.deadline`, `terminal stage "${stage.code}" cannot have a deadline`);
      if (deadline.advanceBy !== undefined) {
        const advance = def.transitions.find((transition) => transition.code === deadline.advanceBy);
        if (!advance) {
          report(`${path}.deadline.advanceBy`, `transition "${deadline.advanceBy}" does not exist`);
        } else {
          if (!advance.from.includes(stage.code)) {
            report(`${path}.deadline.advanceBy`, `transition "${advance.code}" does not leave stage "${stage.code}"`);
          }
          if (!advance.actors.some((rule) => rule.kind === 'system')) {
            report(`${path}.deadline.advanceBy`, `transition "${advance.code}" must be one the system may take`);
          }
          if (advance.conditions.length > 0 || REQUIREMENT_NAMES.some((name) => advance.requires[name] === true)) {
            report(`${path}.deadline.advanceBy`, `transition "${advance.code}" must need no conditions or inputs`);
          }
        }
      }
    }
  });

  if (!stages.has(def.initialStage)) {
    report('initialStage', `initial stage "${def.initialStage}" does not exist`);
  } else if (stages.get(def.initialStage)?.terminal) {
    report('initialStage', `initial stage "${def.initialStage}" cannot be terminal`);
  }

  const seenTransitions = new Set<string>();
  def.transitions.forEach((transition, i) => {
    const path = `transitions[${i}]`;
    checkCode(transition.code, `${path}.code`, report);
    if (seenTransitions.has(transition.code)) report(`${path}.code`, `transition code "${transition.code}" is used twice`);
    seenTransitions.add(transition.code);
    if (transition.name.trim().length === 0) report(`${path}.name`, `transition "${transition.code}" needs a name`);
    if (transition.from.length === 0) report(`${path}.from`, `transition "${transition.code}" must leave at least one stage`);
    transition.from.forEach((from, j) => {
      const stage = stages.get(from);
      if (!stage) report(`${path}.from[${j}]`, `stage "${from}" does not exist`);
      else if (stage.terminal) report(`${path}.from[${j}]`, `terminal stage "${from}" cannot have outgoing transitions`);
      if (transition.from.indexOf(from) !== j) report(`${path}.from[${j}]`, `stage "${from}" is listed twice`);
      if (from === transition.to) report(`${path}.from[${j}]`, `transition "${transition.code}" must change the stage`);
    });
    if (!stages.has(transition.to)) report(`${path}.to`, `stage "${transition.to}" does not exist`);
    if (transition.actors.length === 0) report(`${path}.actors`, `transition "${transition.code}" needs at least one actor rule`);
    transition.actors.forEach((rule, j) => {
      if (!(ACTOR_KINDS as readonly string[]).includes(rule.kind)) {
        report(`${path}.actors[${j}].kind`, `"${(rule as { kind: string }).kind}" is not an actor kind (${ACTOR_KINDS.join(', ')})`);
      } else if (rule.kind === 'body-member') {
        checkCode(rule.bodyCode, `${path}.actors[${j}].bodyCode`, report);
      }
    });
    transition.conditions.forEach((condition, j) => {
      if (!(TRANSITION_CONDITIONS as readonly string[]).includes(condition)) {
        report(`${path}.conditions[${j}]`, `"${condition}" is not a condition (${TRANSITION_CONDITIONS.join(', ')})`);
      }
    });
    for (const [name, value] of Object.entries(transition.requires)) {
      if (!(REQUIREMENT_NAMES as readonly string[]).includes(name)) {
        report(`${path}.requires.${name}`, `"${name}" is not a requirement (${REQUIREMENT_NAMES.join(', ')})`);
      } else if (value !== undefined && typeof value !== 'boolean') {
        report(`${path}.requires.${name}`, 'a requirement is true or false');
      }
    }
    (transition.effects ?? []).forEach((effect, j) => {
      if (!(TRANSITION_EFFECTS as readonly string[]).includes(effect)) {
        report(`${path}.effects[${j}]`, `"${effect}" is not an effect (${TRANSITION_EFFECTS.join(', ')})`);
      } else if (transition.effects?.indexOf(effect) !== j) {
        report(`${path}.effects[${j}]`, `effect "${effect}" is listed twice`);
      }
    });
    const trigger = transition.takenWhen;
    if (trigger) {
      if (!(AUTOMATIC_EVENTS as readonly string[]).includes(trigger.event)) {
        report(`${path}.takenWhen.event`, `"${trigger.event}" is not an automatic event (${AUTOMATIC_EVENTS.join(', ')})`);
      } else if (isRollCallEvent(trigger.event)) {
        if (trigger.bodyCode === undefined) {
          report(`${path}.takenWhen.bodyCode`, `transition "${transition.code}" is taken on a roll call, so it must name the body that votes (bodyCode)`);
        } else {
          checkCode(trigger.bodyCode, `${path}.takenWhen.bodyCode`, report);
        }
      } else if (trigger.bodyCode !== undefined) {
        report(`${path}.takenWhen.bodyCode`, `only a roll-call event (${ROLL_CALL_EVENTS.join(', ')}) names a body`);
      }
    }
  });

  // A resolution must never be stranded: a stage is either terminal or has a way out. The one
  // exception is a stage where the resolution lives on by design while implementation reports
  // are filed year after year (Wisconsin's "implementation"): it is open, yet final.
  def.stages.forEach((stage, i) => {
    const leaving = def.transitions.some((transition) => transition.from.includes(stage.code));
    if (!stage.terminal && !leaving && stage.acceptsImplementationReports !== true) {
      report(`stages[${i}]`, `stage "${stage.code}" is not terminal and takes no implementation reports, so at least one transition must leave it`);
    }
  });

  if (stages.has(def.initialStage)) {
    const reached = reachableStages(def);
    def.stages.forEach((stage, i) => {
      if (!reached.has(stage.code)) report(`stages[${i}]`, `stage "${stage.code}" cannot be reached from "${def.initialStage}"`);
    });
  }

  if (def.threeTwoRule) {
    const rule = def.threeTwoRule;
    if (!Number.isSafeInteger(rule.counties) || rule.counties < 1) {
      report('threeTwoRule.counties', 'the number of counties is a whole number, at least 1');
    }
    if (!Number.isSafeInteger(rule.consecutiveYears) || rule.consecutiveYears < 1) {
      report('threeTwoRule.consecutiveYears', 'the number of consecutive years is a whole number, at least 1');
    }
  }

  problems.push(...automationProblems(def));
  return problems;
}

/** The stages a resolution can reach from the initial stage by following transitions. */
export function reachableStages(def: PipelineDefinition): Set<string> {
  const reached = new Set<string>([def.initialStage]);
  const queue = [def.initialStage];
  for (let stage = queue.shift(); stage !== undefined; stage = queue.shift()) {
    const current = stage;
    if (def.stages.find((candidate) => candidate.code === current)?.terminal) continue;
    for (const transition of def.transitions) {
      if (transition.from.includes(current) && !reached.has(transition.to)) {
        reached.add(transition.to);
        queue.push(transition.to);
      }
    }
  }
  return reached;
}

function checkCode(code: string, path: string, report: (path: string, message: string) => void): void {
  if (!PIPELINE_CODE_PATTERN.test(code)) {
    report(path, `"${code}" is not a valid code (letters, digits, ".", "_" or "-", at most 64 characters)`);
  }
}

const code = z.string();
const text = z.string().max(2000);

const actorRuleSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('staff') }),
  z.strictObject({ kind: z.literal('board') }),
  z.strictObject({ kind: z.literal('author') }),
  z.strictObject({ kind: z.literal('referred-committee-member') }),
  z.strictObject({ kind: z.literal('body-member'), bodyCode: code }),
  z.strictObject({ kind: z.literal('system') }),
]);

const stageSchema = z.strictObject({
  code,
  name: text,
  description: text,
  phase: z.enum(POLICY_PHASES),
  terminal: z.boolean(),
  commentsOpen: z.boolean(),
  deadline: z
    .strictObject({
      kind: z.enum(DEADLINE_KINDS),
      days: z.number().int().min(1).max(3650),
      advanceBy: code.optional(),
    })
    .optional(),
  carriesOver: z.boolean().optional(),
  acceptsImplementationReports: z.boolean().optional(),
  countyPassed: z.boolean().optional(),
});

const transitionSchema = z.strictObject({
  code,
  name: text,
  description: text,
  from: z.array(code).max(200),
  to: code,
  actors: z.array(actorRuleSchema).max(20),
  conditions: z.array(z.enum(TRANSITION_CONDITIONS)).max(20),
  requires: z.strictObject({
    reason: z.boolean().optional(),
    vote: z.boolean().optional(),
    notes: z.boolean().optional(),
    committee: z.boolean().optional(),
    amendedText: z.boolean().optional(),
    questionText: z.boolean().optional(),
  }),
  allowsMinorityReport: z.boolean().optional(),
  effects: z
    .array(z.enum(TRANSITION_EFFECTS))
    .max(TRANSITION_EFFECTS.length * 2)
    .optional(),
  takenWhen: z.strictObject({ event: z.enum(AUTOMATIC_EVENTS), bodyCode: code.optional() }).optional(),
});

const pipelineSchema = z.strictObject({
  name: text,
  initialStage: code,
  stages: z.array(stageSchema).min(1).max(200),
  transitions: z.array(transitionSchema).max(500),
  threeTwoRule: z
    .strictObject({
      counties: z.number().int().min(1),
      consecutiveYears: z.number().int().min(1),
    })
    .optional(),
});

export type ParsedPipeline = { ok: true; pipeline: PipelineDefinition } | { ok: false; problems: PipelineProblem[] };

/**
 * Reads a pipeline staff published as JSON: first its shape (unknown keys refused, so a
 * typo is not silently ignored), then its rules.
 */
export function parsePipelineDefinition(json: unknown): ParsedPipeline {
  const parsed = pipelineSchema.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
    };
  }
  const pipeline: PipelineDefinition = parsed.data;
  const problems = validatePipeline(pipeline);
  return problems.length === 0 ? { ok: true, pipeline } : { ok: false, problems };
}

function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    const name = String(key);
    return out.length === 0 ? name : `${out}.${name}`;
  }, '');
}

import type { PipelineDefinition, ResolutionFacts, TransitionActor, TransitionCommand } from '../lib/pipeline';

/** Test data for the workflow engine; override what a test is about. */
export function aResolution(overrides: Partial<ResolutionFacts> = {}): ResolutionFacts {
  return {
    stage: 'submitted',
    authorId: 'author-1',
    committeeCode: null,
    countyResult: null,
    statewideResultRecorded: false,
    ...overrides,
  };
}

export function aPerson(overrides: Partial<Extract<TransitionActor, { kind: 'person' }>> = {}): TransitionActor {
  return { kind: 'person', accountId: 'someone', roles: ['resident'], bodyCodes: [], conflictedBodyCodes: [], ...overrides };
}

export const STAFF_MEMBER = aPerson({ accountId: 'staff-1', roles: ['staff'] });
export const SYSTEM_ACTOR: TransitionActor = { kind: 'system', rule: 'test' };

/** A command carrying every input any transition may require. */
export function aFullCommand(transition: string, overrides: Partial<TransitionCommand> = {}): TransitionCommand {
  return {
    transition,
    reason: 'Because the committee found it practical.',
    notes: 'Reviewed.',
    vote: { yes: 5, no: 2, abstain: 1 },
    committeeCode: 'deer-and-elk',
    amendedText: 'Amended text.',
    questionText: 'Do you support this?',
    ...overrides,
  };
}

/**
 * The same pipeline with every stage and transition code passed through `rename` (the 3:2
 * rule, deadlines and declarations follow): what a congress with its own words publishes.
 */
export function renamedPipeline(def: PipelineDefinition, rename: (code: string) => string): PipelineDefinition {
  return {
    ...def,
    initialStage: rename(def.initialStage),
    stages: def.stages.map((stage) => ({
      ...stage,
      code: rename(stage.code),
      ...(stage.deadline ? { deadline: { ...stage.deadline, ...(stage.deadline.advanceBy ? { advanceBy: rename(stage.deadline.advanceBy) } : {}) } } : {}),
    })),
    transitions: def.transitions.map((transition) => ({
      ...transition,
      code: rename(transition.code),
      from: transition.from.map(rename),
      to: rename(transition.to),
    })),
  };
}

import fc from 'fast-check';
import { availableTransitions, decideTransition, stageOf } from './decide-transition';
import {
  TRANSITION_CONDITIONS,
  type ActorRule,
  type PipelineDefinition,
  type ResolutionFacts,
  type StageDefinition,
  type TransitionActor,
  type TransitionCommand,
  type TransitionCondition,
  type TransitionDefinition,
  type TransitionRequirements,
} from './pipeline.types';
import { validatePipeline } from './validate-pipeline';
import { WISCONSIN_PIPELINE } from './wisconsin-pipeline';

// ---- Arbitraries -------------------------------------------------------------------------

const BODIES = ['executive-committee', 'wolf', 'deer-and-elk'] as const;

const ACTOR_RULES: ActorRule[] = [
  { kind: 'staff' },
  { kind: 'board' },
  { kind: 'author' },
  { kind: 'referred-committee-member' },
  { kind: 'body-member', bodyCode: 'executive-committee' },
  { kind: 'body-member', bodyCode: 'wolf' },
  { kind: 'system' },
];

const actorArb: fc.Arbitrary<TransitionActor> = fc.oneof(
  {
    weight: 1,
    arbitrary: fc.constant<TransitionActor>({
      kind: 'system',
      rule: 'property-test',
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('person' as const),
      accountId: fc.constantFrom('author-1', 'someone-else'),
      roles: fc.subarray(['staff', 'admin', 'board', 'resident', 'delegate']),
      bodyCodes: fc.subarray([...BODIES]),
      conflictedBodyCodes: fc.subarray([...BODIES]),
    }),
  },
);

const blankOr = <T>(value: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary: value }, { weight: 1, arbitrary: fc.constantFrom(null, undefined, '', '   ') });

type Inputs = Omit<TransitionCommand, 'transition'>;

/**
 * Which transition a command names: any code (or one the pipeline lacks), one that leaves the
 * current stage, or one that leaves it for a non-terminal stage. The last keeps sequences
 * alive long enough to explore the far end of the pipeline (the board, implementation).
 */
type Pick = { code: string } | { fromCurrent: number } | { forward: number };

function pickArb(pipeline: PipelineDefinition): fc.Arbitrary<Pick> {
  const codes = pipeline.transitions.map((t) => t.code);
  return fc.oneof(
    { weight: 4, arbitrary: fc.record({ code: fc.constantFrom(...codes) }) },
    { weight: 1, arbitrary: fc.record({ code: fc.constantFrom('bogus', '') }) },
    { weight: 3, arbitrary: fc.record({ fromCurrent: fc.nat() }) },
    { weight: 4, arbitrary: fc.record({ forward: fc.nat() }) },
  );
}

const inputsArb: fc.Arbitrary<Inputs> = fc.record({
  reason: blankOr(fc.constant('A written reason.')),
  notes: blankOr(fc.constant('Public notes.')),
  vote: fc.oneof(
    {
      weight: 4,
      arbitrary: fc.record({
        yes: fc.nat(50),
        no: fc.nat(50),
        abstain: fc.nat(50),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        yes: fc.integer({ min: -3, max: 3 }),
        no: fc.double(),
        abstain: fc.nat(3),
      }),
    },
    { weight: 1, arbitrary: fc.constant(null) },
  ),
  committeeCode: blankOr(fc.constantFrom('wolf', 'deer-and-elk')),
  amendedText: blankOr(fc.constant('Amended text.')),
  questionText: blankOr(fc.constant('Do you support it?')),
  // Rarer than the other inputs: most transitions refuse a minority report.
  minorityReport: fc.oneof({ weight: 1, arbitrary: fc.constant('We dissent.') }, { weight: 3, arbitrary: fc.constantFrom(null, undefined, ' ') }),
}) as fc.Arbitrary<Inputs>;

/** Results and other facts arriving from elsewhere (the voting service, referrals). */
const factsUpdateArb: fc.Arbitrary<Partial<Omit<ResolutionFacts, 'stage' | 'authorId'>>> = fc.record(
  {
    countyResult: fc.constantFrom('passed' as const, 'passed' as const, 'failed' as const, null),
    statewideResultRecorded: fc.boolean(),
    committeeCode: fc.constantFrom('wolf', 'deer-and-elk', null),
  },
  { requiredKeys: [] },
);

type Step =
  | { kind: 'command'; pick: Pick; inputs: Inputs; actor: TransitionActor }
  | {
      kind: 'facts';
      update: Partial<Omit<ResolutionFacts, 'stage' | 'authorId'>>;
    };

function stepsArb(pipeline: PipelineDefinition): fc.Arbitrary<Step[]> {
  const step: fc.Arbitrary<Step> = fc.oneof(
    {
      weight: 4,
      arbitrary: fc.record({
        kind: fc.constant('command' as const),
        pick: pickArb(pipeline),
        inputs: inputsArb,
        actor: actorArb,
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('facts' as const),
        update: factsUpdateArb,
      }),
    },
  );
  // Long sequences: a resolution needs a dozen accepted steps to reach the board.
  return fc.array(step, { maxLength: 100, size: 'max' });
}

const detailArb = fc.record({
  actors: fc.subarray(ACTOR_RULES, { minLength: 1 }),
  conditions: fc.subarray<TransitionCondition>([...TRANSITION_CONDITIONS], {
    maxLength: 2,
  }),
  requires: fc.record(
    {
      reason: fc.boolean(),
      vote: fc.boolean(),
      notes: fc.boolean(),
      committee: fc.boolean(),
      amendedText: fc.boolean(),
      questionText: fc.boolean(),
    },
    { requiredKeys: [] },
  ) as fc.Arbitrary<TransitionRequirements>,
  allowsMinorityReport: fc.boolean(),
});
type Detail = typeof detailArb extends fc.Arbitrary<infer T> ? T : never;

/**
 * A random pipeline that is valid by construction: stage 0 is the initial stage, every other
 * stage is entered from an earlier non-terminal stage (so all are reachable), extra
 * transitions go anywhere, and a non-terminal stage with no way out gets one back to stage 0.
 */
const validPipelineArb: fc.Arbitrary<PipelineDefinition> = fc.integer({ min: 2, max: 8 }).chain((n) =>
  fc
    .record({
      terminal: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
      commentsOpen: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
      parents: fc.array(fc.nat(), { minLength: n, maxLength: n }),
      spanning: fc.array(detailArb, { minLength: n, maxLength: n }),
      extra: fc.array(
        fc.record({
          from: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
          to: fc.nat(),
          detail: detailArb,
        }),
        { maxLength: 10 },
      ),
      deadlineStage: fc.option(fc.nat()),
      deadlineDays: fc.integer({ min: 1, max: 400 }),
    })
    .map(({ terminal, commentsOpen, parents, spanning, extra, deadlineStage, deadlineDays }) => {
      const code = (i: number) => `s${i}`;
      const isTerminal = (i: number) => i !== 0 && terminal[i] === true;
      const stages: StageDefinition[] = Array.from({ length: n }, (_, i) => ({
        code: code(i),
        name: `Stage ${i}`,
        description: `Random stage ${i}`,
        phase: 'formulation',
        terminal: isTerminal(i),
        commentsOpen: !isTerminal(i) && commentsOpen[i] === true,
      }));
      const transitions: TransitionDefinition[] = [];
      const add = (from: number[], to: number, detail: Detail) =>
        transitions.push({
          code: `t${transitions.length}`,
          name: `Transition ${transitions.length}`,
          description: 'Random transition',
          from: from.map(code),
          to: code(to),
          actors: detail.actors,
          conditions: detail.conditions,
          requires: detail.requires,
          allowsMinorityReport: detail.allowsMinorityReport,
        });
      for (let i = 1; i < n; i++) {
        const candidates = Array.from({ length: i }, (_, j) => j).filter((j) => !isTerminal(j));
        add([candidates[(parents[i] ?? 0) % candidates.length] ?? 0], i, spanning[i] ?? spanning[0]!);
      }
      const open = Array.from({ length: n }, (_, i) => i).filter((i) => !isTerminal(i));
      for (const t of extra) {
        const to = t.to % n;
        const from = [...new Set(t.from.map((f) => open[f % open.length] ?? 0))].filter((f) => f !== to);
        if (from.length > 0) add(from, to, t.detail);
      }
      for (const i of open) {
        if (!transitions.some((t) => t.from.includes(code(i)))) add([i], i === 0 ? 1 : 0, spanning[0]!);
      }
      if (deadlineStage !== null) {
        const i = open[deadlineStage % open.length] ?? 0;
        const target = i === 0 ? 1 : 0;
        add([i], target, {
          actors: [{ kind: 'system' }],
          conditions: [],
          requires: {},
          allowsMinorityReport: false,
        });
        const advanceBy = transitions[transitions.length - 1]!.code;
        stages[i] = {
          ...stages[i]!,
          deadline: {
            kind: 'committee-decision',
            days: deadlineDays,
            advanceBy,
          },
        };
      }
      // No automation declarations (effects, takenWhen, a 3:2 rule): those need a whole chain of
      // stages to be workable, which the Wisconsin pipeline and validate-automation.spec cover.
      return {
        name: 'Random pipeline',
        initialStage: code(0),
        stages,
        transitions,
      } satisfies PipelineDefinition;
    }),
);

// ---- The simulation ----------------------------------------------------------------------

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * Plays the steps the way the application does: a command is decided, and only an accepted
 * one moves the resolution (a referral also records its committee). Checks the invariants
 * after every step.
 */
function simulate(pipeline: PipelineDefinition, steps: Step[]): Set<string> {
  deepFreeze(pipeline);
  const stageCodes = new Set(pipeline.stages.map((s) => s.code));
  let facts: ResolutionFacts = deepFreeze({
    stage: pipeline.initialStage,
    authorId: 'author-1',
    committeeCode: null,
    countyResult: null,
    statewideResultRecorded: false,
  });
  const visited = new Set([facts.stage]);

  for (const step of steps) {
    if (step.kind === 'facts') {
      facts = deepFreeze({ ...facts, ...step.update });
      continue;
    }
    const before = facts;
    const current = stageOf(pipeline, before.stage);
    const command = deepFreeze({
      ...step.inputs,
      transition: resolvePick(pipeline, before, step.pick),
    });
    // Frozen inputs: decideTransition would throw if it tried to change the resolution.
    const decision = decideTransition(pipeline, before, command, step.actor);
    expect(facts).toBe(before);

    if (!decision.ok) {
      expect(decision.problem.transition).toBe(command.transition);
      continue;
    }
    expect(current?.terminal).toBe(false);
    const defined = pipeline.transitions.find((t) => t.code === command.transition);
    expect(decision.transition).toBe(defined);
    expect(defined?.from).toContain(before.stage);
    expect(decision.from.code).toBe(before.stage);
    expect(decision.to.code).toBe(defined?.to);
    expect(stageCodes.has(decision.to.code)).toBe(true);
    expect(availableTransitions(pipeline, before, step.actor)).toContain(defined);
    if (step.actor.kind === 'system') expect(defined?.actors.some((a) => a.kind === 'system')).toBe(true);
    else expect(defined?.actors.some((a) => a.kind !== 'system')).toBe(true);

    facts = deepFreeze({
      ...before,
      stage: decision.to.code,
      committeeCode: decision.transition.requires.committee ? (command.committeeCode ?? null) : before.committeeCode,
    });
    expect(stageCodes.has(facts.stage)).toBe(true);
    visited.add(facts.stage);

    if (decision.to.terminal) {
      // Nothing leaves a terminal stage, whoever asks and whatever they send.
      for (const transition of pipeline.transitions) {
        for (const actor of [
          { kind: 'system', rule: 'x' } as const,
          {
            kind: 'person',
            accountId: 'author-1',
            roles: ['staff', 'admin', 'board'],
            bodyCodes: [...BODIES],
            conflictedBodyCodes: [],
          } as const,
        ]) {
          const full: TransitionCommand = {
            transition: transition.code,
            reason: 'r',
            notes: 'n',
            vote: { yes: 1, no: 0, abstain: 0 },
            committeeCode: 'wolf',
            amendedText: 'a',
            questionText: 'q',
          };
          expect(decideTransition(pipeline, facts, full, actor)).toMatchObject({
            ok: false,
            problem: { kind: 'not-from-this-stage' },
          });
          expect(availableTransitions(pipeline, facts, actor)).toEqual([]);
        }
      }
    }
  }
  return visited;
}

function resolvePick(pipeline: PipelineDefinition, facts: ResolutionFacts, pick: Pick): string {
  if ('code' in pick) return pick.code;
  const leaving = pipeline.transitions.filter((t) => t.from.includes(facts.stage));
  if ('fromCurrent' in pick) return leaving[pick.fromCurrent % Math.max(leaving.length, 1)]?.code ?? 'bogus';
  const forward = leaving.filter((t) => stageOf(pipeline, t.to)?.terminal === false);
  const choices = forward.length > 0 ? forward : leaving;
  return choices[pick.forward % Math.max(choices.length, 1)]?.code ?? 'bogus';
}

// ---- Properties --------------------------------------------------------------------------

describe('the workflow engine under random command sequences', () => {
  it('the Wisconsin pipeline is valid', () => {
    expect(validatePipeline(WISCONSIN_PIPELINE)).toEqual([]);
  });

  it('never leaves the Wisconsin pipeline, and only moves along defined transitions', () => {
    fc.assert(
      fc.property(stepsArb(WISCONSIN_PIPELINE), (steps) => {
        simulate(WISCONSIN_PIPELINE, steps);
      }),
      { numRuns: 200 },
    );
  });

  it('explores the whole Wisconsin pipeline (the generator is not too weak)', () => {
    const reached = new Set<string>();
    fc.assert(
      fc.property(stepsArb(WISCONSIN_PIPELINE), (steps) => {
        for (const stage of simulate(WISCONSIN_PIPELINE, steps)) reached.add(stage);
      }),
      { numRuns: 300, seed: 42 },
    );
    expect([...reached].sort()).toEqual(WISCONSIN_PIPELINE.stages.map((s) => s.code).sort());
  });

  it('generates only valid random pipelines', () => {
    fc.assert(
      fc.property(validPipelineArb, (pipeline) => expect(validatePipeline(pipeline)).toEqual([])),
      { numRuns: 300 },
    );
  });

  it('never leaves a random valid pipeline, and only moves along defined transitions', () => {
    fc.assert(
      fc.property(
        validPipelineArb.chain((pipeline) => fc.tuple(fc.constant(pipeline), stepsArb(pipeline))),
        ([pipeline, steps]) => {
          simulate(pipeline, steps);
        },
      ),
      { numRuns: 300 },
    );
  });
});

// ---- Broken pipelines are refused --------------------------------------------------------

type Mutable = {
  name: string;
  initialStage: string;
  stages: StageDefinition[];
  transitions: Array<
    Omit<TransitionDefinition, 'from' | 'conditions' | 'actors' | 'requires' | 'effects' | 'takenWhen'> & {
      from: string[];
      conditions: string[];
      actors: ActorRule[];
      requires: Record<string, boolean>;
      effects?: string[];
      takenWhen?: { event: string; bodyCode?: string };
    }
  >;
  threeTwoRule?: {
    counties: number;
    consecutiveYears: number;
  };
};

let ghosts = 0;
/** A fresh missing code, so two breaks never cancel out by naming the same ghost. */
const ghost = () => `ghost-${++ghosts}`;

/** Ways to break a reference in the Wisconsin pipeline; each picks its target with `n`. */
const BREAKERS: Record<string, (def: Mutable, n: number) => void> = {
  'transition to a missing stage': (def, n) => {
    def.transitions[n % def.transitions.length]!.to = ghost();
  },
  'transition from a missing stage': (def, n) => {
    def.transitions[n % def.transitions.length]!.from.push(ghost());
  },
  'missing initial stage': (def) => {
    def.initialStage = ghost();
  },
  'renamed stage': (def, n) => {
    def.stages[n % def.stages.length]!.code = ghost();
  },
  'removed stage': (def, n) => {
    // Only a stage something still names: removing one that an earlier break left unused
    // (the sole transition into a terminal stage removed) would heal the pipeline.
    const named = def.stages.filter((s) => s.code === def.initialStage || def.transitions.some((t) => t.to === s.code || t.from.includes(s.code)));
    const victim = named[n % Math.max(named.length, 1)];
    if (victim) def.stages.splice(def.stages.indexOf(victim), 1);
    else def.initialStage = ghost();
  },
  'removed transition that something depends on': (def, n) => {
    // Only the sole way into a stage, or one the deadlines or the 3:2 rule name: removing one
    // of two ways into a stage (committee-advance, committee-amend) breaks nothing.
    const named = new Set(def.stages.map((s) => s.deadline?.advanceBy));
    const stageCodes = new Set(def.stages.map((s) => s.code));
    // Never one that an earlier break left naming a missing stage: removing it would heal the pipeline.
    const needed = def.transitions.filter(
      (t) =>
        [t.to, ...t.from].every((code) => stageCodes.has(code)) &&
        (named.has(t.code) || t.takenWhen !== undefined || (t.to !== def.initialStage && !def.transitions.some((other) => other !== t && other.to === t.to))),
    );
    const victim = needed[n % needed.length];
    if (victim) def.transitions.splice(def.transitions.indexOf(victim), 1);
  },
  'deadline advancing by a missing transition': (def, n) => {
    const withDeadline = def.stages.filter((s) => s.deadline);
    const stage = withDeadline[n % Math.max(withDeadline.length, 1)];
    if (stage?.deadline) stage.deadline = { ...stage.deadline, advanceBy: ghost() };
    else
      def.stages[0]!.deadline = {
        kind: 'committee-decision',
        days: 1,
        advanceBy: ghost(),
      };
  },
  'renamed deadline transition': (def) => {
    const advance = def.transitions.find((t) => t.code === def.stages.find((s) => s.deadline?.advanceBy)?.deadline?.advanceBy);
    if (advance) advance.code = ghost();
  },
  '3:2 rule with no transition taken when it is met': (def) => {
    def.threeTwoRule = { counties: 3, consecutiveYears: 2 };
    for (const t of def.transitions) if (t.takenWhen?.event === 'three-two-rule-met') delete t.takenWhen;
  },
  'automatic move the system may not take': (def, n) => {
    const automatic = def.transitions.filter((t) => t.takenWhen);
    automatic[n % automatic.length]!.actors = [{ kind: 'staff' }];
  },
  'automatic move needing an input its event cannot supply': (def, n) => {
    const automatic = def.transitions.filter((t) => t.takenWhen);
    automatic[n % automatic.length]!.requires['notes'] = true;
  },
  'automatic move with a condition its event does not guarantee': (def, n) => {
    const automatic = def.transitions.filter((t) => t.takenWhen);
    automatic[n % automatic.length]!.conditions.push('has-committee');
  },
  'automatic move from a stage its event never reaches': (def, n) => {
    const waiting = def.transitions.filter(
      (t) => t.takenWhen && ['county-vote-passed', 'county-vote-failed', 'statewide-result-certified'].includes(t.takenWhen.event),
    );
    waiting[n % waiting.length]!.from.push('in-committee');
  },
  'two automatic moves from one stage on the same event': (def, n) => {
    const automatic = def.transitions.filter((t) => t.takenWhen);
    const a = automatic[n % automatic.length]!;
    const b = def.transitions.find((t) => t !== a && t.from.some((from) => a.from.includes(from)) && t.actors.some((r) => r.kind === 'system'));
    if (b) b.takenWhen = { ...a.takenWhen! };
    else def.transitions.push({ ...a, code: ghost(), from: [...a.from], conditions: [...a.conditions] });
  },
  'effect whose outcome nothing receives': (def, n) => {
    const receivers = def.transitions.filter((t) =>
      ['county-vote-passed', 'county-vote-failed', 'statewide-result-certified'].includes(t.takenWhen?.event ?? ''),
    );
    delete receivers[n % receivers.length]!.takenWhen;
  },
  'unknown effect or event, or a roll call naming no body': (def, n) => {
    const t = def.transitions[n % def.transitions.length]!;
    if (n % 3 === 0) t.effects = ['rings-the-bell'];
    else if (n % 3 === 1) t.takenWhen = { event: 'full-moon' };
    else t.takenWhen = { event: 'roll-call-passed' };
  },
  'duplicate stage code': (def, n) => {
    const a = def.stages[n % def.stages.length]!;
    const b = def.stages[(n + 1) % def.stages.length]!;
    b.code = a.code;
  },
  'duplicate transition code': (def, n) => {
    const a = def.transitions[n % def.transitions.length]!;
    const b = def.transitions[(n + 1) % def.transitions.length]!;
    b.code = a.code;
  },
  'transition out of a terminal stage': (def, n) => {
    const terminal = def.stages.filter((s) => s.terminal);
    def.transitions[n % def.transitions.length]!.from.push(terminal[n % terminal.length]!.code);
  },
  'unknown condition': (def, n) => {
    def.transitions[n % def.transitions.length]!.conditions = ['rained-on-tuesday'];
  },
};

describe('validatePipeline on broken Wisconsin pipelines', () => {
  it('reports every broken reference (property)', () => {
    // One break per pipeline: two breaks can heal each other (removing the duplicate of a
    // duplicated automatic move, renaming onto a duplicated code…), which made the property
    // fail about one run in ten with nothing wrong in the validator.
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...Object.keys(BREAKERS)), fc.nat()), { minLength: 1, maxLength: 1 }), (breaks) => {
        const def = structuredClone(WISCONSIN_PIPELINE) as unknown as Mutable;
        for (const [name, n] of breaks) BREAKERS[name]!(def, n);
        const problems = validatePipeline(def as unknown as PipelineDefinition);
        expect(problems.length).toBeGreaterThan(0);
        for (const problem of problems) expect(problem.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});

import type { PipelineDefinition, StageDefinition, TransitionDefinition } from './pipeline.types';
import { parsePipelineDefinition, reachableStages, validatePipeline } from './validate-pipeline';
import { WISCONSIN_PIPELINE } from './wisconsin-pipeline';

/** A deep, mutable copy of the Wisconsin pipeline to break. */
function wisconsin(): { -readonly [K in keyof PipelineDefinition]: PipelineDefinition[K] } & {
  stages: StageDefinition[];
  transitions: TransitionDefinition[];
} {
  return structuredClone(WISCONSIN_PIPELINE) as never;
}

const mutate = (change: (def: ReturnType<typeof wisconsin>) => void) => {
  const def = wisconsin();
  change(def);
  return validatePipeline(def);
};

const stageIndex = (code: string) => WISCONSIN_PIPELINE.stages.findIndex((s) => s.code === code);
const transitionIndex = (code: string) => WISCONSIN_PIPELINE.transitions.findIndex((t) => t.code === code);

describe('validatePipeline', () => {
  it('accepts the Wisconsin pipeline', () => {
    expect(validatePipeline(WISCONSIN_PIPELINE)).toEqual([]);
  });

  it('reports duplicate stage and transition codes', () => {
    expect(
      mutate((d) => {
        d.stages.push({ ...d.stages[0]! });
        d.transitions.push({ ...d.transitions[0]! });
      }),
    ).toEqual([
      { path: `stages[${WISCONSIN_PIPELINE.stages.length}].code`, message: 'stage code "submitted" is used twice' },
      { path: `transitions[${WISCONSIN_PIPELINE.transitions.length}].code`, message: 'transition code "accept-screening" is used twice' },
    ]);
  });

  it('reports a missing or terminal initial stage', () => {
    expect(mutate((d) => (d.initialStage = 'drafted'))).toContainEqual({
      path: 'initialStage',
      message: 'initial stage "drafted" does not exist',
    });
    expect(mutate((d) => (d.initialStage = 'withdrawn'))).toContainEqual({
      path: 'initialStage',
      message: 'initial stage "withdrawn" cannot be terminal',
    });
  });

  it('reports transitions to and from stages that do not exist', () => {
    const i = transitionIndex('refer-to-committee');
    const problems = mutate((d) => {
      d.transitions[i] = { ...d.transitions[i]!, from: ['county-passed', 'limbo'], to: 'nowhere' };
    });
    expect(problems).toContainEqual({ path: `transitions[${i}].from[1]`, message: 'stage "limbo" does not exist' });
    expect(problems).toContainEqual({ path: `transitions[${i}].to`, message: 'stage "nowhere" does not exist' });
  });

  it('reports transitions out of terminal stages and non-terminal stages with no way out', () => {
    const i = transitionIndex('accept-screening');
    expect(mutate((d) => (d.transitions[i] = { ...d.transitions[i]!, from: ['withdrawn'] }))).toContainEqual({
      path: `transitions[${i}].from[0]`,
      message: 'terminal stage "withdrawn" cannot have outgoing transitions',
    });
    const c = stageIndex('convention');
    expect(mutate((d) => (d.transitions = d.transitions.filter((t) => !t.from.includes('convention'))))).toContainEqual({
      path: `stages[${c}]`,
      message: 'stage "convention" is not terminal and takes no implementation reports, so at least one transition must leave it',
    });
  });

  it('reports stages no resolution can reach', () => {
    const problems = mutate((d) => (d.transitions = d.transitions.filter((t) => t.code !== 'council-reject')));
    expect(problems).toEqual([{ path: `stages[${stageIndex('council-rejected')}]`, message: 'stage "council-rejected" cannot be reached from "submitted"' }]);
  });

  it('reports a deadline whose advanceBy is missing, does not leave the stage or is not a system transition', () => {
    const s = stageIndex('in-committee');
    const withAdvance = (advanceBy: string) =>
      mutate((d) => (d.stages[s] = { ...d.stages[s]!, deadline: { kind: 'committee-decision', days: 60, advanceBy } }));
    expect(withAdvance('vanish')).toEqual([{ path: `stages[${s}].deadline.advanceBy`, message: 'transition "vanish" does not exist' }]);
    expect(withAdvance('council-approve')).toContainEqual({
      path: `stages[${s}].deadline.advanceBy`,
      message: 'transition "council-approve" does not leave stage "in-committee"',
    });
    expect(withAdvance('committee-advance')).toContainEqual({
      path: `stages[${s}].deadline.advanceBy`,
      message: 'transition "committee-advance" must be one the system may take',
    });
    expect(mutate((d) => (d.stages[s] = { ...d.stages[s]!, deadline: { kind: 'committee-decision', days: 0 } }))).toEqual([
      { path: `stages[${s}].deadline.days`, message: 'a deadline is a whole number of days, at least 1' },
    ]);
  });

  it('reports a 3:2 rule that is not a whole number of counties and years', () => {
    expect(mutate((d) => (d.threeTwoRule = { counties: 0, consecutiveYears: 1.5 }))).toEqual([
      { path: 'threeTwoRule.counties', message: 'the number of counties is a whole number, at least 1' },
      { path: 'threeTwoRule.consecutiveYears', message: 'the number of consecutive years is a whole number, at least 1' },
    ]);
  });

  it('reports unknown effects and events, a repeated effect, and a body named on the wrong event', () => {
    const i = transitionIndex('accept-screening');
    const j = transitionIndex('record-county-pass');
    const k = transitionIndex('convention-adopt');
    const problems = mutate((d) => {
      d.transitions[i] = { ...d.transitions[i]!, effects: ['opens-county-vote', 'rings-the-bell' as never, 'opens-county-vote'] };
      d.transitions[j] = { ...d.transitions[j]!, takenWhen: { event: 'county-vote-passed', bodyCode: 'convention' } };
      d.transitions[k] = { ...d.transitions[k]!, takenWhen: { event: 'roll-call-passed' } };
      d.transitions.push({ ...d.transitions[k]!, code: 'moon', from: ['convention'], takenWhen: { event: 'full-moon' as never } });
    });
    expect(problems).toEqual([
      { path: `transitions[${i}].effects[1]`, message: '"rings-the-bell" is not an effect (opens-county-vote, puts-question-on-questionnaire)' },
      { path: `transitions[${i}].effects[2]`, message: 'effect "opens-county-vote" is listed twice' },
      { path: `transitions[${j}].takenWhen.bodyCode`, message: 'only a roll-call event (roll-call-passed, roll-call-failed) names a body' },
      {
        path: `transitions[${k}].takenWhen.bodyCode`,
        message: 'transition "convention-adopt" is taken on a roll call, so it must name the body that votes (bodyCode)',
      },
      {
        path: `transitions[${WISCONSIN_PIPELINE.transitions.length}].takenWhen.event`,
        message:
          '"full-moon" is not an automatic event (county-vote-passed, county-vote-failed, statewide-result-certified, roll-call-passed, roll-call-failed, three-two-rule-met)',
      },
    ]);
  });

  it('reports unknown condition, requirement and actor names', () => {
    const i = transitionIndex('merge');
    const problems = mutate((d) => {
      d.transitions[i] = {
        ...d.transitions[i]!,
        conditions: ['is-popular' as never],
        requires: { reason: true, signature: true } as never,
        actors: [{ kind: 'mayor' } as never, { kind: 'body-member', bodyCode: '' }],
      };
    });
    expect(problems.map((p) => p.path)).toEqual([
      `transitions[${i}].actors[0].kind`,
      `transitions[${i}].actors[1].bodyCode`,
      `transitions[${i}].conditions[0]`,
      `transitions[${i}].requires.signature`,
    ]);
  });

  it('follows transitions only out of non-terminal stages when computing reach', () => {
    expect(reachableStages(WISCONSIN_PIPELINE).size).toBe(WISCONSIN_PIPELINE.stages.length);
  });
});

describe('parsePipelineDefinition', () => {
  it('accepts the Wisconsin pipeline sent as JSON', () => {
    const result = parsePipelineDefinition(JSON.parse(JSON.stringify(WISCONSIN_PIPELINE)));
    expect(result).toEqual({ ok: true, pipeline: WISCONSIN_PIPELINE });
  });

  it('refuses JSON of the wrong shape with the path of each problem', () => {
    const json = JSON.parse(JSON.stringify(WISCONSIN_PIPELINE));
    json.stages[0].phase = 'daydreaming';
    json.transitions[1].actors = 'staff';
    json.transitions[2].requires.reasn = true;
    json.transitions[3].takenWhen = { event: 'county-vote-passed', when: 'soon' };
    json.transitions[4].effects = ['opens-the-gates'];
    json.threeTwoRule.transition = 'three-two-rule';
    const result = parsePipelineDefinition(json);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual([
      'stages[0].phase',
      'transitions[1].actors',
      'transitions[2].requires',
      'transitions[3].takenWhen',
      'transitions[4].effects[0]',
      'threeTwoRule',
    ]);
  });

  it('refuses values that are not objects at all', () => {
    for (const value of [null, 42, 'pipeline', [], { name: 'x' }]) {
      expect(parsePipelineDefinition(value).ok).toBe(false);
    }
  });

  it('runs the rules after the shape', () => {
    const json = JSON.parse(JSON.stringify(WISCONSIN_PIPELINE));
    json.initialStage = 'nowhere';
    expect(parsePipelineDefinition(json)).toEqual({
      ok: false,
      problems: [{ path: 'initialStage', message: 'initial stage "nowhere" does not exist' }],
    });
  });
});

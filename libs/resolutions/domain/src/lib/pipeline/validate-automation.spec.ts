import { renamedPipeline } from '../../testing/pipeline-factories';
import type { PipelineDefinition, StageDefinition, TransitionDefinition } from './pipeline.types';
import { automationProblems } from './validate-automation';
import { validatePipeline } from './validate-pipeline';
import { WISCONSIN_PIPELINE } from './wisconsin-pipeline';

type Editable = Omit<PipelineDefinition, 'stages' | 'transitions'> & { stages: StageDefinition[]; transitions: TransitionDefinition[] };

/** Validates a copy of the Wisconsin pipeline after `change`; the whole validation, so nothing else may break. */
const after = (change: (def: Editable) => void) => {
  const def = structuredClone(WISCONSIN_PIPELINE) as Editable;
  change(def);
  return validatePipeline(def);
};

const at = (code: string) => WISCONSIN_PIPELINE.transitions.findIndex((t) => t.code === code);
const edit = (def: Editable, code: string, patch: Partial<TransitionDefinition>) => {
  const i = def.transitions.findIndex((t) => t.code === code);
  def.transitions[i] = { ...def.transitions[i]!, ...patch };
};
const undeclare = (def: Editable, code: string) => {
  const i = def.transitions.findIndex((t) => t.code === code);
  const { takenWhen: _takenWhen, effects: _effects, ...rest } = def.transitions[i]!;
  def.transitions[i] = rest;
};

describe('automationProblems', () => {
  it('finds none in the Wisconsin pipeline, nor in one where every code is renamed', () => {
    expect(automationProblems(WISCONSIN_PIPELINE)).toEqual([]);
    const renamed = renamedPipeline(WISCONSIN_PIPELINE, (code) => `x-${code}`);
    expect(validatePipeline(renamed)).toEqual([]);
  });

  it('refuses an automatic move the system may not take', () => {
    expect(after((d) => edit(d, 'record-statewide-result', { actors: [{ kind: 'staff' }] }))).toEqual([
      {
        path: `transitions[${at('record-statewide-result')}].actors`,
        message: 'transition "record-statewide-result" is taken when the statewide result is certified, so the system must be one of its actors',
      },
    ]);
  });

  it('refuses an automatic move that needs an input its event cannot supply', () => {
    expect(after((d) => edit(d, 'record-county-pass', { requires: { reason: true, vote: true } }))).toEqual([
      {
        path: `transitions[${at('record-county-pass')}].requires.vote`,
        message: 'transition "record-county-pass" is taken when the county vote passes, which cannot supply vote',
      },
    ]);
    // A roll call brings its vote (and every event a reason).
    expect(after((d) => edit(d, 'convention-adopt', { requires: { vote: true, reason: true } }))).toEqual([]);
    expect(after((d) => edit(d, 'convention-reject', { requires: { vote: true, notes: true } }))).toEqual([
      {
        path: `transitions[${at('convention-reject')}].requires.notes`,
        message: 'transition "convention-reject" is taken when a roll call of "convention" fails, which cannot supply notes',
      },
    ]);
  });

  it('refuses an automatic move with a condition that need not hold when its event arrives', () => {
    expect(after((d) => edit(d, 'record-county-fail', { conditions: ['passed-in-county'] }))).toEqual([
      {
        path: `transitions[${at('record-county-fail')}].conditions[0]`,
        message:
          'transition "record-county-fail" is taken when the county vote fails, but its condition "passed-in-county" need not hold then, so the platform could not take it',
      },
    ]);
    expect(after((d) => edit(d, 'three-two-rule', { conditions: ['has-committee'] }))).toHaveLength(1);
  });

  it('refuses a move waiting for a result in a stage the result never reaches', () => {
    const problems = after((d) => {
      edit(d, 'record-county-pass', { from: ['introduced', 'submitted'] });
      edit(d, 'record-statewide-result', { from: ['on-questionnaire', 'agency-review'] });
    });
    expect(problems).toEqual([
      {
        path: `transitions[${at('record-county-pass')}].from[1]`,
        message:
          'transition "record-county-pass" is taken when the county vote passes, but no transition that opens a county vote enters its stage "submitted", so a county vote never arrives there',
      },
      {
        path: `transitions[${at('record-statewide-result')}].from[1]`,
        message:
          'transition "record-statewide-result" is taken when the statewide result is certified, but no transition that puts a question on the questionnaire enters its stage "agency-review", so a statewide result never arrives there',
      },
    ]);
  });

  it('refuses two moves from one stage on the same event, but not on roll calls of different bodies', () => {
    expect(after((d) => edit(d, 'convention-reject', { takenWhen: { event: 'roll-call-passed', bodyCode: 'convention' } }))).toEqual([
      {
        path: `transitions[${at('convention-reject')}].takenWhen`,
        message:
          'transitions "convention-adopt" and "convention-reject" both leave stage "convention" when a roll call of "convention" passes: the platform could not tell which to take',
      },
    ]);
    expect(after((d) => edit(d, 'convention-reject', { takenWhen: { event: 'roll-call-passed', bodyCode: 'executive-committee' } }))).toEqual([]);
    // The 3:2 rule and the committee deadline both leave "in-committee", on different events.
    expect(after((d) => edit(d, 'advance-by-deadline', { takenWhen: { event: 'three-two-rule-met' } }))).toEqual([
      {
        path: `transitions[${at('three-two-rule')}].takenWhen`,
        message:
          'transitions "advance-by-deadline" and "three-two-rule" both leave stage "in-committee" when the 3:2 rule is met: the platform could not tell which to take',
      },
    ]);
  });

  it('refuses county votes opened when nothing receives a passing or a failing result', () => {
    expect(after((d) => undeclare(d, 'record-county-fail'))).toEqual([
      {
        path: `transitions[${at('accept-screening')}].effects[0]`,
        message: 'transition "accept-screening" opens a county vote, but no transition leaves its stage "introduced" when the county vote fails',
      },
    ]);
    expect(after((d) => undeclare(d, 'record-county-pass'))).toEqual([
      {
        path: `transitions[${at('accept-screening')}].effects[0]`,
        message: 'transition "accept-screening" opens a county vote, but no transition leaves its stage "introduced" when the county vote passes',
      },
    ]);
  });

  it('refuses questions put on the questionnaire when nothing receives the statewide result', () => {
    expect(after((d) => undeclare(d, 'record-statewide-result')).map((p) => p.message)).toEqual([
      'transition "three-two-rule" puts a question on the questionnaire, but no transition leaves its stage "on-questionnaire" when the statewide result is certified',
      'transition "complete-agency-review" puts a question on the questionnaire, but no transition leaves its stage "on-questionnaire" when the statewide result is certified',
    ]);
  });

  it('refuses a 3:2 rule no transition takes, or one with no county votes to count', () => {
    expect(after((d) => undeclare(d, 'three-two-rule'))).toEqual([
      { path: 'threeTwoRule', message: 'the 3:2 rule needs a transition taken when it is met (takenWhen: { event: "three-two-rule-met" })' },
    ]);
    const noCountyVotes = after((d) => {
      undeclare(d, 'accept-screening');
      undeclare(d, 'record-county-pass');
      undeclare(d, 'record-county-fail');
    });
    expect(noCountyVotes).toEqual([
      { path: 'threeTwoRule', message: 'the 3:2 rule counts county votes, but no transition opens one (effects: ["opens-county-vote"])' },
    ]);
  });

  it('refuses a move taken on the 3:2 rule in a pipeline without one', () => {
    expect(after((d) => delete d.threeTwoRule)).toEqual([
      {
        path: `transitions[${at('three-two-rule')}].takenWhen`,
        message: 'transition "three-two-rule" is taken when the 3:2 rule is met, but the pipeline has no threeTwoRule',
      },
    ]);
  });

  it('accepts a pipeline without any automation', () => {
    const manual = structuredClone(WISCONSIN_PIPELINE) as Editable;
    for (const transition of manual.transitions) undeclare(manual, transition.code);
    delete manual.threeTwoRule;
    expect(validatePipeline(manual)).toEqual([]);
  });
});

import { ErrorCode } from '@civic/contracts';
import type { TransitionProblem } from '@civic/resolutions-domain';
import { transitionProblemError } from './workflow-errors';

describe('transitionProblemError', () => {
  const cases: Array<[TransitionProblem, string, Record<string, unknown>]> = [
    [{ kind: 'unknown-transition', transition: 'fly' }, ErrorCode.TRANSITION_NOT_IN_PIPELINE, { transition: 'fly' }],
    [
      { kind: 'not-from-this-stage', transition: 'merge', stage: 'withdrawn', allowedFrom: ['submitted'] },
      ErrorCode.TRANSITION_NOT_IN_PIPELINE,
      { stage: 'withdrawn', allowedFrom: ['submitted'] },
    ],
    [{ kind: 'actor-not-allowed', transition: 'accept-screening' }, ErrorCode.FORBIDDEN, {}],
    [{ kind: 'conflict-of-interest', transition: 'committee-advance', bodyCode: 'fish' }, ErrorCode.CONFLICT_OF_INTEREST_DECLARED, { bodyCode: 'fish' }],
    [
      { kind: 'condition-not-met', transition: 'record-county-pass', condition: 'passed-in-county' },
      ErrorCode.CONDITION_NOT_MET,
      { condition: 'passed-in-county' },
    ],
    [{ kind: 'missing-input', transition: 'refer-to-committee', field: 'committee' }, ErrorCode.BAD_USER_INPUT, { field: 'committeeCode' }],
    [{ kind: 'missing-input', transition: 'committee-advance', field: 'vote' }, ErrorCode.BAD_USER_INPUT, { field: 'vote' }],
    [{ kind: 'minority-report-not-allowed', transition: 'accept-screening' }, ErrorCode.BAD_USER_INPUT, { field: 'minorityReport' }],
  ];

  it.each(cases)('maps %j to its public code', (problem, code, details) => {
    const error = transitionProblemError(problem);
    expect(error.code).toBe(code);
    expect(error.details).toMatchObject({ transition: problem.transition, ...details });
    expect(error.message.length).toBeGreaterThan(10);
  });
});

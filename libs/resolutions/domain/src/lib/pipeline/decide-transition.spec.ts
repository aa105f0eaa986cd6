import { aFullCommand, aPerson, aResolution, STAFF_MEMBER, SYSTEM_ACTOR } from '../../testing/pipeline-factories';
import { availableTransitions, decideTransition, problemMessage, stageOf, transitionsFrom } from './decide-transition';
import type { ResolutionFacts, TransitionActor, TransitionProblem } from './pipeline.types';
import { WISCONSIN_PIPELINE as WI } from './wisconsin-pipeline';

const committeeMember = aPerson({ accountId: 'member-1', bodyCodes: ['deer-and-elk'] });
const inCommittee = aResolution({ stage: 'in-committee', committeeCode: 'deer-and-elk', countyResult: 'passed' });

describe('decideTransition', () => {
  it('accepts a staff member accepting a submission at screening', () => {
    const decision = decideTransition(WI, aResolution(), { transition: 'accept-screening' }, STAFF_MEMBER);
    expect(decision).toMatchObject({
      ok: true,
      from: { code: 'submitted' },
      to: { code: 'introduced' },
      transition: { code: 'accept-screening' },
    });
  });

  it('treats admins as staff', () => {
    expect(decideTransition(WI, aResolution(), { transition: 'accept-screening' }, aPerson({ roles: ['admin'] })).ok).toBe(true);
  });

  it('refuses a transition the pipeline does not have', () => {
    expect(decideTransition(WI, aResolution(), { transition: 'fast-forward' }, STAFF_MEMBER)).toEqual({
      ok: false,
      problem: { kind: 'unknown-transition', transition: 'fast-forward' },
    });
  });

  it('refuses a transition from the wrong stage, and anything from a terminal stage', () => {
    expect(decideTransition(WI, aResolution({ stage: 'introduced' }), aFullCommand('accept-screening'), STAFF_MEMBER)).toEqual({
      ok: false,
      problem: { kind: 'not-from-this-stage', transition: 'accept-screening', stage: 'introduced', allowedFrom: ['submitted'] },
    });
    for (const transition of WI.transitions) {
      const decision = decideTransition(WI, aResolution({ stage: 'merged' }), aFullCommand(transition.code), STAFF_MEMBER);
      expect(decision).toMatchObject({ ok: false, problem: { kind: 'not-from-this-stage' } });
    }
  });

  it('checks the stage before the actor', () => {
    const decision = decideTransition(WI, aResolution({ stage: 'convention' }), aFullCommand('accept-screening'), aPerson());
    expect(decision).toMatchObject({ ok: false, problem: { kind: 'not-from-this-stage' } });
  });

  it('lets the author withdraw but not a stranger', () => {
    const command = { transition: 'withdraw', reason: 'Duplicate of another.' };
    expect(decideTransition(WI, aResolution(), command, aPerson({ accountId: 'author-1' })).ok).toBe(true);
    expect(decideTransition(WI, aResolution(), command, aPerson({ accountId: 'stranger' }))).toEqual({
      ok: false,
      problem: { kind: 'actor-not-allowed', transition: 'withdraw' },
    });
  });

  it('keeps people out of system transitions and the system out of people transitions', () => {
    const passed = aResolution({ stage: 'introduced', countyResult: 'passed' });
    expect(decideTransition(WI, passed, { transition: 'record-county-pass' }, STAFF_MEMBER)).toMatchObject({
      ok: false,
      problem: { kind: 'actor-not-allowed' },
    });
    expect(decideTransition(WI, passed, { transition: 'record-county-pass' }, SYSTEM_ACTOR).ok).toBe(true);
    expect(decideTransition(WI, aResolution(), { transition: 'accept-screening' }, SYSTEM_ACTOR)).toMatchObject({
      ok: false,
      problem: { kind: 'actor-not-allowed' },
    });
  });

  it('lets a member of the referred committee decide, not a member of another committee', () => {
    const command = aFullCommand('committee-advance');
    expect(decideTransition(WI, inCommittee, command, committeeMember).ok).toBe(true);
    expect(decideTransition(WI, inCommittee, command, aPerson({ bodyCodes: ['wolf'] }))).toMatchObject({
      ok: false,
      problem: { kind: 'actor-not-allowed' },
    });
    // With no committee set, a committee rule matches nobody.
    const noCommittee = aResolution({ stage: 'county-passed' });
    expect(decideTransition(WI, noCommittee, aFullCommand('merge'), committeeMember)).toMatchObject({
      ok: false,
      problem: { kind: 'actor-not-allowed' },
    });
  });

  it('bars a conflicted committee member, but not a conflicted staff member', () => {
    const conflicted = aPerson({ bodyCodes: ['deer-and-elk'], conflictedBodyCodes: ['deer-and-elk'] });
    expect(decideTransition(WI, inCommittee, aFullCommand('committee-reject'), conflicted)).toEqual({
      ok: false,
      problem: { kind: 'conflict-of-interest', transition: 'committee-reject', bodyCode: 'deer-and-elk' },
    });
    const conflictedStaff = aPerson({ roles: ['staff'], bodyCodes: ['deer-and-elk'], conflictedBodyCodes: ['deer-and-elk'] });
    expect(decideTransition(WI, inCommittee, aFullCommand('committee-reject'), conflictedStaff).ok).toBe(true);
  });

  it('applies body-member rules and conflicts to the Executive Committee', () => {
    const review = aResolution({ stage: 'council-review', committeeCode: 'deer-and-elk' });
    const executive = aPerson({ bodyCodes: ['executive-committee'] });
    expect(decideTransition(WI, review, aFullCommand('council-approve'), executive).ok).toBe(true);
    expect(
      decideTransition(
        WI,
        review,
        aFullCommand('council-approve'),
        aPerson({ bodyCodes: ['executive-committee'], conflictedBodyCodes: ['executive-committee'] }),
      ),
    ).toEqual({ ok: false, problem: { kind: 'conflict-of-interest', transition: 'council-approve', bodyCode: 'executive-committee' } });
    // A conflict in some other body does not matter.
    expect(
      decideTransition(WI, review, aFullCommand('council-approve'), aPerson({ bodyCodes: ['executive-committee'], conflictedBodyCodes: ['deer-and-elk'] })).ok,
    ).toBe(true);
  });

  it('checks conditions after the actor', () => {
    const introduced = aResolution({ stage: 'introduced' });
    expect(decideTransition(WI, introduced, { transition: 'record-county-pass' }, SYSTEM_ACTOR)).toEqual({
      ok: false,
      problem: { kind: 'condition-not-met', transition: 'record-county-pass', condition: 'passed-in-county' },
    });
    expect(decideTransition(WI, { ...introduced, countyResult: 'failed' }, { transition: 'record-county-pass' }, SYSTEM_ACTOR)).toMatchObject({
      ok: false,
      problem: { kind: 'condition-not-met' },
    });
    expect(decideTransition(WI, { ...introduced, countyResult: 'failed' }, { transition: 'record-county-fail' }, SYSTEM_ACTOR).ok).toBe(true);
    const onQuestionnaire = aResolution({ stage: 'on-questionnaire' });
    expect(decideTransition(WI, onQuestionnaire, { transition: 'record-statewide-result' }, SYSTEM_ACTOR)).toMatchObject({
      ok: false,
      problem: { kind: 'condition-not-met', condition: 'statewide-result-recorded' },
    });
    expect(decideTransition(WI, { ...onQuestionnaire, statewideResultRecorded: true }, { transition: 'record-statewide-result' }, SYSTEM_ACTOR).ok).toBe(true);
  });

  it.each<[string, object, string]>([
    ['a blank reason', { reason: '   ' }, 'reason'],
    ['no vote', { vote: null }, 'vote'],
    ['a negative vote count', { vote: { yes: -1, no: 0, abstain: 0 } }, 'vote'],
    ['a fractional vote count', { vote: { yes: 1.5, no: 0, abstain: 0 } }, 'vote'],
    ['no amended text', { amendedText: '' }, 'amendedText'],
  ])('refuses a committee amendment with %s', (_label, override, field) => {
    expect(decideTransition(WI, inCommittee, aFullCommand('committee-amend', override), committeeMember)).toEqual({
      ok: false,
      problem: { kind: 'missing-input', transition: 'committee-amend', field },
    });
  });

  it('requires a committee code to refer, and notes plus a question to finish the agency review', () => {
    const countyPassed = aResolution({ stage: 'county-passed' });
    expect(decideTransition(WI, countyPassed, { transition: 'refer-to-committee', committeeCode: ' ' }, STAFF_MEMBER)).toMatchObject({
      ok: false,
      problem: { kind: 'missing-input', field: 'committee' },
    });
    expect(decideTransition(WI, countyPassed, { transition: 'refer-to-committee', committeeCode: 'wolf' }, STAFF_MEMBER).ok).toBe(true);
    const agency = aResolution({ stage: 'agency-review' });
    expect(decideTransition(WI, agency, { transition: 'complete-agency-review', notes: 'Legal: fine.' }, STAFF_MEMBER)).toMatchObject({
      ok: false,
      problem: { kind: 'missing-input', field: 'questionText' },
    });
  });

  it('accepts a minority report only on committee decisions', () => {
    expect(decideTransition(WI, inCommittee, aFullCommand('committee-reject', { minorityReport: 'We dissent.' }), committeeMember).ok).toBe(true);
    const review = aResolution({ stage: 'council-review' });
    expect(decideTransition(WI, review, aFullCommand('council-reject', { minorityReport: 'We dissent.' }), STAFF_MEMBER)).toEqual({
      ok: false,
      problem: { kind: 'minority-report-not-allowed', transition: 'council-reject' },
    });
    // A blank minority report is no report.
    expect(decideTransition(WI, review, aFullCommand('council-reject', { minorityReport: ' ' }), STAFF_MEMBER).ok).toBe(true);
  });
});

describe("the board's response", () => {
  it('is recorded by a member of the board, and by nobody else: not staff, not an admin', () => {
    const facts = aResolution({ stage: 'forwarded-to-board' });
    const board = aPerson({ roles: ['resident', 'board'] });
    expect(decideTransition(WI, facts, aFullCommand('record-board-response'), board).ok).toBe(true);
    for (const roles of [['resident', 'staff'], ['resident', 'admin'], ['resident']]) {
      const decision = decideTransition(WI, facts, aFullCommand('record-board-response'), aPerson({ roles }));
      expect(decision).toMatchObject({ ok: false, problem: { kind: 'actor-not-allowed' } });
    }
  });
});

describe("a resolution's whole path through the Wisconsin pipeline", () => {
  it('goes from submission to implementation when each step is taken by the right actor', () => {
    const executive = aPerson({ bodyCodes: ['executive-committee'] });
    const path: Array<[string, TransitionActor, Partial<ResolutionFacts>?]> = [
      ['accept-screening', STAFF_MEMBER],
      ['record-county-pass', SYSTEM_ACTOR, { countyResult: 'passed' }],
      ['refer-to-committee', STAFF_MEMBER],
      ['committee-amend', committeeMember],
      ['council-approve', executive],
      ['complete-agency-review', STAFF_MEMBER],
      ['record-statewide-result', SYSTEM_ACTOR, { statewideResultRecorded: true }],
      ['convention-adopt', STAFF_MEMBER],
      ['record-board-response', aPerson({ roles: ['resident', 'board'] })],
      ['refer-to-legislature', STAFF_MEMBER],
      ['begin-implementation', STAFF_MEMBER],
    ];
    let facts = aResolution();
    const stages = [facts.stage];
    for (const [transition, actor, arriving] of path) {
      facts = { ...facts, ...arriving };
      const decision = decideTransition(WI, facts, aFullCommand(transition), actor);
      if (!decision.ok) throw new Error(`${transition}: ${problemMessage(decision.problem)}`);
      facts = {
        ...facts,
        stage: decision.to.code,
        committeeCode: transition === 'refer-to-committee' ? 'deer-and-elk' : facts.committeeCode,
      };
      stages.push(facts.stage);
    }
    expect(stages).toEqual([
      'submitted',
      'introduced',
      'county-passed',
      'in-committee',
      'council-review',
      'agency-review',
      'on-questionnaire',
      'convention',
      'forwarded-to-board',
      'board-responded',
      'legislative-action',
      'implementation',
    ]);
  });
});

describe('stageOf, transitionsFrom, availableTransitions', () => {
  it('finds stages and their transitions', () => {
    expect(stageOf(WI, 'convention')?.name).toBe('Before the convention');
    expect(stageOf(WI, 'nowhere')).toBeUndefined();
    expect(transitionsFrom(WI, 'convention').map((t) => t.code)).toEqual(['convention-adopt', 'convention-reject']);
    expect(transitionsFrom(WI, 'withdrawn')).toEqual([]);
  });

  it('offers each actor what they could do now', () => {
    const codes = (actor: Parameters<typeof availableTransitions>[2], facts = inCommittee) => availableTransitions(WI, facts, actor).map((t) => t.code);
    expect(codes(committeeMember)).toEqual(['committee-advance', 'committee-amend', 'committee-reject', 'merge']);
    expect(codes(STAFF_MEMBER)).toEqual(['committee-advance', 'committee-amend', 'committee-reject', 'merge']);
    expect(codes(SYSTEM_ACTOR)).toEqual(['advance-by-deadline', 'three-two-rule']);
    expect(codes(aPerson())).toEqual([]);
    expect(codes(aPerson({ accountId: 'author-1' }), aResolution())).toEqual(['withdraw']);
    expect(codes(SYSTEM_ACTOR, aResolution({ stage: 'introduced' }))).toEqual([]);
  });
});

describe('problemMessage', () => {
  it('explains every kind of problem in plain words', () => {
    const problems: TransitionProblem[] = [
      { kind: 'unknown-transition', transition: 'x' },
      { kind: 'not-from-this-stage', transition: 'x', stage: 'merged', allowedFrom: ['submitted'] },
      { kind: 'actor-not-allowed', transition: 'x' },
      { kind: 'conflict-of-interest', transition: 'x', bodyCode: 'wolf' },
      { kind: 'condition-not-met', transition: 'x', condition: 'passed-in-county' },
      { kind: 'missing-input', transition: 'x', field: 'reason' },
      { kind: 'minority-report-not-allowed', transition: 'x' },
    ];
    const messages = problems.map(problemMessage);
    expect(new Set(messages).size).toBe(problems.length);
    expect(messages[1]).toBe('"x" cannot be taken from the stage "merged"; it is allowed only from: submitted.');
    expect(messages[3]).toContain('conflict of interest');
    expect(messages[5]).toBe('The transition "x" requires a written reason.');
  });
});

import { renamedPipeline } from '../../testing/pipeline-factories';
import { hasEffect, sameTrigger, transitionTakenWhen, transitionsTakenOn, transitionsWithEffect, triggerLabel } from './automation';
import { transitionOf } from './decide-transition';
import { WISCONSIN_PIPELINE as WI } from './wisconsin-pipeline';

describe('reading the declarations', () => {
  it('finds the move an event makes from a stage, and none where it moves nothing', () => {
    expect(transitionTakenWhen(WI, 'introduced', { event: 'county-vote-passed' })?.code).toBe('record-county-pass');
    expect(transitionTakenWhen(WI, 'introduced', { event: 'county-vote-failed' })?.code).toBe('record-county-fail');
    expect(transitionTakenWhen(WI, 'on-questionnaire', { event: 'statewide-result-certified' })?.code).toBe('record-statewide-result');
    expect(transitionTakenWhen(WI, 'in-committee', { event: 'three-two-rule-met' })?.code).toBe('three-two-rule');
    expect(transitionTakenWhen(WI, 'convention', { event: 'roll-call-failed', bodyCode: 'convention' })?.code).toBe('convention-reject');
    expect(transitionTakenWhen(WI, 'convention', { event: 'roll-call-passed', bodyCode: 'executive-committee' })).toBeUndefined();
    expect(transitionTakenWhen(WI, 'in-committee', { event: 'county-vote-passed' })).toBeUndefined();
    // Nothing leaves a terminal stage, whatever it declares.
    expect(transitionTakenWhen(WI, 'county-failed', { event: 'county-vote-failed' })).toBeUndefined();
  });

  it('follows the declarations, not the codes', () => {
    const renamed = renamedPipeline(WI, (code) => code.split('').reverse().join(''));
    expect(transitionTakenWhen(renamed, 'decudortni', { event: 'county-vote-passed' })?.code).toBe('ssap-ytnuoc-drocer');
    expect(transitionsWithEffect(renamed, 'opens-county-vote').map((t) => t.code)).toEqual(['gnineercs-tpecca']);
    expect(transitionsTakenOn(renamed, 'three-two-rule-met').map((t) => t.code)).toEqual(['elur-owt-eerht']);
  });

  it('tells effects and triggers apart', () => {
    expect(hasEffect(transitionOf(WI, 'three-two-rule')!, 'puts-question-on-questionnaire')).toBe(true);
    expect(hasEffect(transitionOf(WI, 'merge')!, 'puts-question-on-questionnaire')).toBe(false);
    expect(sameTrigger({ event: 'roll-call-passed', bodyCode: 'a' }, { event: 'roll-call-passed', bodyCode: 'b' })).toBe(false);
    expect(sameTrigger({ event: 'county-vote-passed' }, { event: 'county-vote-passed', bodyCode: 'ignored' })).toBe(true);
    expect(triggerLabel({ event: 'roll-call-passed', bodyCode: 'convention' })).toBe('a roll call of "convention" passes');
  });
});

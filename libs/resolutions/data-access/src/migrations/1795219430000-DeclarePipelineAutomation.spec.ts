import { WISCONSIN_PIPELINE } from '@civic/resolutions-domain';
import { declareAutomation, undeclareAutomation } from './1795219430000-DeclarePipelineAutomation';

type Stored = Parameters<typeof declareAutomation>[0];

/** The Wisconsin default as versions were stored before the declarations: no effects or takenWhen, the 3:2 rule naming its transition. */
function storedBefore(): Stored {
  const definition = structuredClone(WISCONSIN_PIPELINE) as unknown as Stored;
  return {
    ...definition,
    transitions: definition.transitions.map(({ effects: _effects, takenWhen: _takenWhen, ...transition }) => transition),
    threeTwoRule: { counties: 3, consecutiveYears: 2, transition: 'three-two-rule' },
  };
}

describe('DeclarePipelineAutomation', () => {
  it('gives a stored Wisconsin definition exactly the declarations the Wisconsin default now has', () => {
    expect(declareAutomation(storedBefore())).toEqual(JSON.parse(JSON.stringify(WISCONSIN_PIPELINE)));
  });

  it('reverts to the stored shape', () => {
    expect(undeclareAutomation(declareAutomation(storedBefore()))).toEqual(storedBefore());
    expect(undeclareAutomation(JSON.parse(JSON.stringify(WISCONSIN_PIPELINE)) as Stored)).toEqual(storedBefore());
  });

  it('declares nothing on codes the services never knew, but moves a 3:2 rule onto its transition whatever its code', () => {
    const before = storedBefore();
    const renamed: Stored = {
      ...before,
      transitions: before.transitions.map((transition) => ({ ...transition, code: `own-${transition.code}` })),
      threeTwoRule: { counties: 3, consecutiveYears: 2, transition: 'own-three-two-rule' },
    };
    const after = declareAutomation(renamed);
    expect(after.transitions.filter((transition) => transition.effects || transition.takenWhen)).toEqual([
      expect.objectContaining({ code: 'own-three-two-rule', takenWhen: { event: 'three-two-rule-met' } }),
    ]);
    expect(after.threeTwoRule).toEqual({ counties: 3, consecutiveYears: 2 });
    expect(undeclareAutomation(after)).toEqual(renamed);
  });

  it('keeps declarations a definition already has (running up twice changes nothing)', () => {
    const once = declareAutomation(storedBefore());
    expect(declareAutomation(once)).toEqual(once);
  });
});

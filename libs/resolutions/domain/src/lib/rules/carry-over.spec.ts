import { WISCONSIN_PIPELINE } from '../pipeline';
import { carriesOver, nextCycleYear } from './carry-over';

describe('carry-over', () => {
  it('carries county-passed resolutions not yet decided into the next cycle', () => {
    const carried = WISCONSIN_PIPELINE.stages.map((s) => s.code).filter((code) => carriesOver(WISCONSIN_PIPELINE, code));
    expect(carried).toEqual(['county-passed', 'in-committee']);
    expect(carriesOver(WISCONSIN_PIPELINE, 'no-such-stage')).toBe(false);
  });

  it('moves to the following congress year', () => {
    expect(nextCycleYear(2026)).toBe(2027);
  });
});

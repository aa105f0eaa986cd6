import { slicesOf } from './surge';

describe('slicesOf', () => {
  it('covers every resident exactly once, in order, in nearly equal slices', () => {
    const slices = slicesOf(100_003, 4);
    expect(slices).toHaveLength(4);
    expect(slices[0]?.first).toBe(0);
    for (let i = 1; i < slices.length; i++) expect(slices[i]?.first).toBe((slices[i - 1]?.first ?? 0) + (slices[i - 1]?.count ?? 0));
    expect(slices.reduce((sum, slice) => sum + slice.count, 0)).toBe(100_003);
    const counts = slices.map((slice) => slice.count);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
  });

  it('never makes empty slices', () => {
    expect(slicesOf(3, 8)).toEqual([
      { first: 0, count: 1 },
      { first: 1, count: 1 },
      { first: 2, count: 1 },
    ]);
    expect(slicesOf(0, 4)).toEqual([]);
  });
});

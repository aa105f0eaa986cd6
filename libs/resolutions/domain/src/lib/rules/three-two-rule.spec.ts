import fc from 'fast-check';
import { threeTwoRuleCounties } from './three-two-rule';

const RULE = { counties: 3, consecutiveYears: 2 };
const years = (entries: Record<number, string[]>) => new Map(Object.entries(entries).map(([year, counties]) => [Number(year), new Set(counties)]));

describe('threeTwoRuleCounties', () => {
  it('fires when the same three counties pass it two years running, listing them sorted', () => {
    const passed = years({ 2026: ['55025', '55001', '55003', '55099'], 2027: ['55003', '55025', '55001'] });
    expect(threeTwoRuleCounties(passed, 2027, RULE)).toEqual(['55001', '55003', '55025']);
  });

  it('does not fire for three different counties, two counties, or a gap year', () => {
    expect(threeTwoRuleCounties(years({ 2026: ['a', 'b', 'c'], 2027: ['a', 'b', 'd'] }), 2027, RULE)).toBeNull();
    expect(threeTwoRuleCounties(years({ 2026: ['a', 'b'], 2027: ['a', 'b'] }), 2027, RULE)).toBeNull();
    expect(threeTwoRuleCounties(years({ 2025: ['a', 'b', 'c'], 2027: ['a', 'b', 'c'] }), 2027, RULE)).toBeNull();
    expect(threeTwoRuleCounties(years({ 2026: ['a', 'b', 'c'] }), 2027, RULE)).toBeNull();
  });

  it('looks only at the year asked and the years before it', () => {
    expect(threeTwoRuleCounties(years({ 2026: ['a', 'b', 'c'], 2027: ['a', 'b', 'c'] }), 2026, RULE)).toBeNull();
  });

  it('supports other rules, e.g. 2 counties in 3 years', () => {
    const passed = years({ 2025: ['a', 'b'], 2026: ['a', 'b', 'c'], 2027: ['b', 'a'] });
    expect(threeTwoRuleCounties(passed, 2027, { counties: 2, consecutiveYears: 3 })).toEqual(['a', 'b']);
  });

  it('only ever lists counties that passed in every year of the window (property)', () => {
    const county = fc.constantFrom('a', 'b', 'c', 'd', 'e');
    fc.assert(
      fc.property(
        fc.dictionary(fc.integer({ min: 2020, max: 2030 }).map(String), fc.array(county)),
        fc.integer({ min: 2020, max: 2030 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 3 }),
        (byYear, year, counties, consecutiveYears) => {
          const passed = years(Object.fromEntries(Object.entries(byYear)) as Record<number, string[]>);
          const result = threeTwoRuleCounties(passed, year, { counties, consecutiveYears });
          if (result === null) return true;
          return (
            result.length >= counties &&
            result.every((c) => Array.from({ length: consecutiveYears }, (_, k) => passed.get(year - k)?.has(c) === true).every(Boolean))
          );
        },
      ),
    );
  });
});

import { apportion, benchAccountId, benchResidents } from './residents';

describe('bench residents', () => {
  const counties = [
    { code: 'A', weight: 900 },
    { code: 'B', weight: 90 },
    { code: 'C', weight: 10 },
  ];

  it('apportions exactly, by weight, at least one each', () => {
    expect(apportion(counties, 100)).toEqual([88, 10, 2]);
    expect(apportion(counties, 3)).toEqual([1, 1, 1]);
    expect(apportion(counties, 2).reduce((a, b) => a + b)).toBe(2);
  });

  it('makes valid, distinct uuids and mixes counties', () => {
    expect(benchAccountId(255)).toMatch(/^be000000-0000-4000-8000-0000000000ff$/);
    const residents = benchResidents(counties, 1000);
    expect(new Set(residents.map((r) => r.accountId)).size).toBe(1000);
    expect(residents.filter((r) => r.countyCode === 'C')).toHaveLength(11);
    expect(residents.slice(0, 20).some((r) => r.countyCode !== 'A')).toBe(true);
  });
});

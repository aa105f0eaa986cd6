import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadWisconsinDemo, WISCONSIN_DATA_DIR } from './wisconsin-demo';

describe('loadWisconsinDemo', () => {
  const demo = loadWisconsinDemo();
  const byTier = (level: number) => demo.jurisdictions.filter((j) => j.tierLevel === level);

  it('describes the Wisconsin Conservation Congress with state, district and county tiers', () => {
    expect(demo.congress).toEqual({
      slug: 'wcc',
      name: 'Wisconsin Conservation Congress',
      shortName: 'WCC',
      timeZone: 'America/Chicago',
    });
    expect(demo.tiers.map((tier) => tier.name)).toEqual(['State', 'District', 'County']);
    expect(byTier(0)).toEqual([expect.objectContaining({ code: 'WI', parentCode: null })]);
  });

  it('has 72 counties in 11 districts under the state', () => {
    const districts = byTier(1);
    expect(districts.map((d) => d.code)).toEqual(['D01', 'D02', 'D03', 'D04', 'D05', 'D06', 'D07', 'D08', 'D09', 'D10', 'D11']);
    expect(districts.every((d) => d.parentCode === 'WI')).toBe(true);
    expect(districts[0]?.name).toBe('District 1 (Northwest)');

    const counties = byTier(2);
    expect(counties).toHaveLength(72);
    const districtCodes = new Set(districts.map((d) => d.code));
    expect(counties.filter((county) => !districtCodes.has(county.parentCode ?? ''))).toEqual([]);
    expect(new Set(counties.map((county) => county.parentCode)).size).toBe(11);
  });

  it('uses FIPS codes for counties and keeps their seats', () => {
    expect(demo.jurisdictions.find((j) => j.code === '55025')).toMatchObject({ name: 'Dane', seat: 'Madison', population: 561504 });
  });

  it('adds up to the 2020 Census population of Wisconsin at every tier', () => {
    const sum = (level: number) => byTier(level).reduce((total, j) => total + (j.population ?? 0), 0);
    expect(sum(2)).toBe(5_893_718);
    expect(sum(1)).toBe(5_893_718);
    expect(sum(0)).toBe(5_893_718);
  });

  it('refuses a county that names an unknown district', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'wi-demo-'));
    try {
      writeFileSync(path.join(dir, 'districts.csv'), readFileSync(path.join(WISCONSIN_DATA_DIR, 'districts.csv')));
      writeFileSync(path.join(dir, 'counties.csv'), 'fips,county,seat,population_2020,wcc_district\n55001,Adams,Friendship,20654,D99\n');
      expect(() => loadWisconsinDemo(dir)).toThrow('names unknown district "D99"');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { DemoCommittee, DemoJurisdiction, DemoReferenceData } from '@civic/contracts';

/** Where the Wisconsin reference data lives; the district grouping there is configuration. */
export const WISCONSIN_DATA_DIR = path.join(__dirname, '..', '..', 'data', 'wisconsin');

interface CountyRow {
  fips: string;
  county: string;
  seat: string;
  population_2020: string;
  wcc_district: string;
}

interface CommitteeRow {
  name: string;
  kind: string;
  source_url: string;
}

interface DistrictRow {
  code: string;
  name: string;
}

function readCsv<T>(file: string): T[] {
  return parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true, trim: true }) as T[];
}

/**
 * The demo congress: Wisconsin, its 11 districts and 72 counties (state → district → county).
 * Throws when the files disagree (a county naming an unknown district, a bad population),
 * so a hand-edited grouping fails at seed time rather than producing an orphan county.
 */
export function loadWisconsinDemo(dataDir: string = WISCONSIN_DATA_DIR): DemoReferenceData {
  const districts = readCsv<DistrictRow>(path.join(dataDir, 'districts.csv'));
  const counties = readCsv<CountyRow>(path.join(dataDir, 'counties.csv'));
  const districtCodes = new Set(districts.map((district) => district.code));

  const state: DemoJurisdiction = {
    code: 'WI',
    name: 'Wisconsin',
    tierLevel: 0,
    parentCode: null,
    population: null,
    seat: 'Madison',
  };
  const districtJurisdictions = districts.map((district): DemoJurisdiction => ({
    code: district.code,
    name: district.name,
    tierLevel: 1,
    parentCode: state.code,
    population: null,
    seat: null,
  }));
  const countyJurisdictions = counties.map((county): DemoJurisdiction => {
    if (!districtCodes.has(county.wcc_district)) {
      throw new Error(`County ${county.county} (${county.fips}) names unknown district "${county.wcc_district}"`);
    }
    const population = Number(county.population_2020);
    if (!Number.isInteger(population) || population <= 0) {
      throw new Error(`County ${county.county} (${county.fips}) has an invalid population "${county.population_2020}"`);
    }
    return {
      code: county.fips,
      name: county.county,
      tierLevel: 2,
      parentCode: county.wcc_district,
      population,
      seat: county.seat || null,
    };
  });

  // Districts and the state carry the sum of their counties, so analytics need no joins.
  const populationOf = new Map<string, number>();
  for (const county of countyJurisdictions) {
    const parent = county.parentCode as string;
    populationOf.set(parent, (populationOf.get(parent) ?? 0) + (county.population ?? 0));
  }
  for (const district of districtJurisdictions) district.population = populationOf.get(district.code) ?? 0;
  state.population = countyJurisdictions.reduce((sum, county) => sum + (county.population ?? 0), 0);

  return {
    congress: {
      slug: 'wcc',
      name: 'Wisconsin Conservation Congress',
      shortName: 'WCC',
      timeZone: 'America/Chicago',
    },
    tiers: [
      { level: 0, name: 'State', pluralName: 'States' },
      { level: 1, name: 'District', pluralName: 'Districts' },
      { level: 2, name: 'County', pluralName: 'Counties' },
    ],
    jurisdictions: [state, ...districtJurisdictions, ...countyJurisdictions],
    committees: loadCommittees(dataDir),
  };
}

/** The advisory committees and the youth congress (committees.csv: name,kind,source_url). */
export function loadCommittees(dataDir: string = WISCONSIN_DATA_DIR): DemoCommittee[] {
  return readCsv<CommitteeRow>(path.join(dataDir, 'committees.csv')).map((row) => {
    if (row.kind !== 'advisory-committee' && row.kind !== 'youth-congress') {
      throw new Error(`Committee "${row.name}" has an unknown kind "${row.kind}"`);
    }
    return { name: row.name, kind: row.kind, sourceUrl: row.source_url || null };
  });
}

import type { JurisdictionDefinition } from '../jurisdictions';
import {
  placementProblem,
  problemsIntroduced,
  removalBlockers,
  validateJurisdictionDetails,
  validateTierNames,
  type JurisdictionUsage,
} from './jurisdiction-edits';

const tiers = [
  { level: 0, name: 'State', pluralName: 'States' },
  { level: 1, name: 'District', pluralName: 'Districts' },
  { level: 2, name: 'County', pluralName: 'Counties' },
];
const tree: JurisdictionDefinition[] = [
  { code: 'WI', name: 'Wisconsin', tierLevel: 0, parentCode: null },
  { code: 'D01', name: 'District 1', tierLevel: 1, parentCode: 'WI' },
  { code: '55001', name: 'Adams', tierLevel: 2, parentCode: 'D01' },
];
const unused: JurisdictionUsage = { children: 0, seatsEverHeld: 0, meetings: 0, elections: 0, residents: 0, bodyMemberships: 0, calendarOverrides: 0 };

describe('validateTierNames', () => {
  it('accepts two names and refuses blank or overlong ones', () => {
    expect(validateTierNames({ name: 'Parish', pluralName: 'Parishes' })).toEqual([]);
    expect(validateTierNames({ name: ' ', pluralName: 'x'.repeat(61) })).toEqual(['name must not be empty', 'pluralName must be at most 60 characters']);
  });
});

describe('validateJurisdictionDetails', () => {
  it('checks only the fields given', () => {
    expect(validateJurisdictionDetails({})).toEqual([]);
    expect(validateJurisdictionDetails({ code: '55999', name: 'Lake', population: 0, seat: null })).toEqual([]);
  });

  it('refuses a malformed code, a blank name, a negative or fractional population and a blank seat', () => {
    expect(validateJurisdictionDetails({ code: '-bad code', name: '  ', population: -1, seat: ' ' })).toHaveLength(4);
    expect(validateJurisdictionDetails({ population: 1.5 })).toEqual(['population must be a whole number from 0 to 1000000000']);
  });
});

describe('placementProblem', () => {
  const levels = [0, 1, 2];
  it('accepts a parent exactly one tier up', () => {
    expect(placementProblem(levels, 2, { code: 'D01', tierLevel: 1 })).toBeNull();
  });

  it('refuses a parent two tiers up, at the same tier, or a child below the lowest tier', () => {
    expect(placementProblem(levels, 2, { code: 'WI', tierLevel: 0 })).toBe('a tier 2 jurisdiction must sit under a tier 1 jurisdiction, and "WI" is at tier 0');
    expect(placementProblem(levels, 2, { code: '55001', tierLevel: 2 })).toMatch(/must sit under a tier 1/);
    expect(placementProblem(levels, 3, { code: '55001', tierLevel: 2 })).toBe('"55001" is at the lowest tier (2); nothing can sit under it');
  });
});

describe('problemsIntroduced', () => {
  it('reports what a change breaks, not what was already broken', () => {
    const broken = [...tree, { code: 'MN', name: 'Minnesota', tierLevel: 0, parentCode: null }];
    expect(problemsIntroduced(tiers, broken, [...broken, { code: '55003', name: 'Ashland', tierLevel: 2, parentCode: 'D01' }])).toEqual([]);
    expect(problemsIntroduced(tiers, tree, [...tree, { code: '55001', name: 'Again', tierLevel: 2, parentCode: 'D01' }])).toEqual([
      'code "55001" is used twice',
    ]);
  });
});

describe('removalBlockers', () => {
  it('allows removing what nothing refers to', () => {
    expect(removalBlockers(unused)).toEqual([]);
  });

  it('names every reference that forbids removal', () => {
    expect(removalBlockers({ children: 2, seatsEverHeld: 1, meetings: 1, elections: 3, residents: 1, bodyMemberships: 2, calendarOverrides: 1 })).toEqual([
      'it has 2 child jurisdictions',
      '1 of its seats has been held',
      'it has 1 county meeting',
      'it has 3 elections',
      '1 resident is registered in it',
      '2 body memberships refer to it',
      'the calendar has a meeting-date override for it',
    ]);
  });
});

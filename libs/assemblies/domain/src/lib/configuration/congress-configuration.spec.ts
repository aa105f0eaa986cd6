import { diffConfiguration } from './configuration-diff';
import { defaultCongressConfiguration, validateConfiguration } from './congress-configuration';

describe('congress configuration', () => {
  it('ships a valid default', () => {
    expect(validateConfiguration(defaultCongressConfiguration(), { tierLevels: [0, 1, 2] })).toEqual([]);
  });

  it('lists every problem of a broken configuration', () => {
    const broken = defaultCongressConfiguration();
    broken.seatPlans.push({ tierLevel: 7, seatClassCodes: ['Z'] });
    broken.termLimit = { maxConsecutiveTerms: 0 };
    broken.calendar.overrides.push({ jurisdictionCode: 'NOPE', kind: 'date', year: 2026, date: '2026-04-20' });
    expect(validateConfiguration(broken, { tierLevels: [0, 1, 2], jurisdictionCodes: new Set(['55025']) })).toEqual([
      'seatPlans[1].tierLevel 7 is not a configured tier',
      'seatPlans[1].seatClassCodes[0] names unknown class "Z"',
      'termLimit.maxConsecutiveTerms must be 1–20',
      'calendar.overrides[0].jurisdictionCode "NOPE" is unknown',
    ]);
  });

  it('records what changed, path by path', () => {
    const before = defaultCongressConfiguration();
    const after = defaultCongressConfiguration();
    after.calendar.countyMeeting.nth = 3;
    after.termLimit = { maxConsecutiveTerms: 3 };
    expect(diffConfiguration(before, after)).toEqual([
      { path: 'calendar.countyMeeting.nth', before: 2, after: 3 },
      { path: 'termLimit', before: null, after: { maxConsecutiveTerms: 3 } },
    ]);
    expect(diffConfiguration(before, defaultCongressConfiguration())).toEqual([]);
  });
});

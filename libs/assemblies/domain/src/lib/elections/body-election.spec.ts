import { countElection } from '../counting';
import { acceptsPaperTotals, membershipsReplaced, planBodyElection } from './body-election';
import { electionCountInput } from './election-count';

describe('planning a body election', () => {
  it('elects one office at a time for a delegation and the Executive Committee, two council members per district with one per county', () => {
    expect(planBodyElection('delegation-officer', 'chair')).toEqual({
      ok: true,
      plan: { bodyKind: 'county-delegation', electorateKind: 'county-delegation', seats: 1, oneElectedPerGroup: false },
    });
    expect(planBodyElection('executive-officer', 'historian')).toMatchObject({ ok: true, plan: { electorateKind: 'council', seats: 1 } });
    expect(planBodyElection('council-members', null)).toMatchObject({
      ok: true,
      plan: { electorateKind: 'district-delegates', seats: 2, oneElectedPerGroup: true },
    });
  });

  it('refuses an office the body does not have, a missing office, and an office on the council', () => {
    expect(planBodyElection('delegation-officer', 'secretary')).toMatchObject({ ok: false, field: 'office' });
    expect(planBodyElection('executive-officer', null)).toMatchObject({ ok: false, field: 'office' });
    expect(planBodyElection('council-members', 'chair')).toMatchObject({ ok: false, field: 'office' });
  });

  it('takes paper totals at county meetings only', () => {
    expect(acceptsPaperTotals('county-delegates')).toBe(true);
    expect(acceptsPaperTotals('council-members')).toBe(false);
    expect(acceptsPaperTotals('executive-officer')).toBe(false);
  });
});

describe('memberships a certified body election replaces', () => {
  const held = [
    { id: 'm1', accountId: 'a', office: 'chair' as const, districtCode: null },
    { id: 'm2', accountId: 'b', office: 'vice-chair' as const, districtCode: null },
    { id: 'm3', accountId: 'c', office: 'secretary' as const, districtCode: null },
  ];
  it('ends the office’s holder and any other office the winner held', () => {
    expect(membershipsReplaced({ kind: 'executive-officer', office: 'chair', districtCode: null }, held, ['x'])).toEqual(['m1']);
    expect(membershipsReplaced({ kind: 'executive-officer', office: 'chair', districtCode: null }, held, ['b'])).toEqual(['m1', 'm2']);
    expect(membershipsReplaced({ kind: 'delegation-officer', office: 'chair', districtCode: null }, held, ['a'])).toEqual(['m1']);
  });

  it('ends the district’s council members, not other districts’', () => {
    const council = [
      { id: 'd1a', accountId: 'a', office: null, districtCode: 'D1' },
      { id: 'd1b', accountId: 'b', office: null, districtCode: 'D1' },
      { id: 'd2a', accountId: 'c', office: null, districtCode: 'D2' },
    ];
    expect(membershipsReplaced({ kind: 'council-members', office: null, districtCode: 'D1' }, council, ['a', 'z'])).toEqual(['d1a', 'd1b']);
  });
});

describe('the council count (hand-checked)', () => {
  it('elects the best of each county: the runner-up from the leader’s county is barred for the next county’s best', () => {
    const input = electionCountInput({
      seats: 2,
      candidates: [
        { id: 'c11', group: '55001' },
        { id: 'c12', group: '55001' },
        { id: 'c21', group: '55003' },
      ],
      electronic: [
        { choices: ['c11', 'c12'] },
        { choices: ['c11', 'c12'] },
        { choices: ['c11', 'c12'] },
        { choices: ['c11'] },
        { choices: ['c21'] },
        { choices: ['c21'] },
      ],
      confirmedPaper: [],
      seed: 'convention',
      oneElectedPerGroup: true,
    });
    const result = countElection('plurality', input);
    expect(result.elected).toEqual(['c11', 'c21']);
    expect(result.totals).toEqual(
      expect.arrayContaining([
        { candidateId: 'c11', votes: 4, outcome: 'elected' },
        { candidateId: 'c12', votes: 3, outcome: 'barred' },
        { candidateId: 'c21', votes: 2, outcome: 'elected' },
      ]),
    );
  });
});

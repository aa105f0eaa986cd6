import fc from 'fast-check';
import {
  countsOver,
  tallyByCounty,
  tallyCountyQuestion,
  tallyCountyQuestionResult,
  tallyStatewide,
  yesBeatsNo,
  yesNoAbstain,
  type ChannelTotals,
  type VotingChannel,
} from './tally';

const YNA = ['yes', 'no', 'abstain'];
const paper = (countyCode: string, yes: number, no: number, abstain = 0): ChannelTotals => ({ channel: 'paper', countyCode, counts: { yes, no, abstain } });

describe('tallyByCounty', () => {
  it('sums each county over its channels and keeps the per-channel counts', () => {
    const online: ChannelTotals = { channel: 'online', countyCode: '55025', counts: { yes: 5, no: 1, abstain: 0 } };
    const [adams, dane] = tallyByCounty(YNA, [paper('55025', 10, 4, 1), online, paper('55001', 3, 3)]);
    expect(dane).toEqual({
      countyCode: '55025',
      counts: { yes: 15, no: 5, abstain: 1 },
      byChannel: { paper: { yes: 10, no: 4, abstain: 1 }, online: { yes: 5, no: 1, abstain: 0 } },
      inFavour: true,
    });
    expect(adams).toMatchObject({ countyCode: '55001', inFavour: false });
  });

  it('lists counties in code order and fills missing choices with zero', () => {
    const tallies = tallyByCounty(YNA, [
      { channel: 'paper', countyCode: '55079', counts: { yes: 2 } },
      { channel: 'paper', countyCode: '55001', counts: {} },
    ]);
    expect(tallies.map((county) => county.countyCode)).toEqual(['55001', '55079']);
    expect(tallies[1]?.counts).toEqual({ yes: 2, no: 0, abstain: 0 });
  });

  it('refuses counts of a choice the question does not have, or negative ones', () => {
    expect(() => tallyByCounty(YNA, [{ channel: 'paper', countyCode: '55001', counts: { maybe: 1 } }])).toThrow(/not a choice/);
    expect(() => countsOver(YNA, { yes: -1 })).toThrow(/at least 0/);
    expect(() => countsOver(YNA, { yes: 1.5 })).toThrow(/whole number/);
  });
});

describe('tallyStatewide', () => {
  it('sums counties, counts those in favour (a tie is not) and decides by yes over no', () => {
    const result = tallyStatewide(YNA, [paper('55025', 120, 30), paper('55001', 40, 50), paper('55003', 60, 20), paper('55005', 7, 7, 3)]);
    expect(result).toMatchObject({ counts: { yes: 227, no: 107, abstain: 3 }, countiesInFavour: 2, countiesCounted: 4, passed: true });
    expect(result.counties.map((county) => [county.countyCode, county.inFavour])).toEqual([
      ['55001', false],
      ['55003', true],
      ['55005', false],
      ['55025', true],
    ]);
  });

  it('fails on a statewide tie and on nothing counted', () => {
    expect(tallyStatewide(YNA, [paper('55001', 5, 3), paper('55003', 3, 5)]).passed).toBe(false);
    expect(tallyStatewide(YNA, [])).toEqual({ counts: { yes: 0, no: 0, abstain: 0 }, countiesInFavour: 0, countiesCounted: 0, passed: false, counties: [] });
  });

  it('has no pass or fail for a choice set without yes and no', () => {
    const seasons = ['spring', 'fall'];
    const result = tallyStatewide(seasons, [{ channel: 'paper', countyCode: '55001', counts: { spring: 4, fall: 2 } }]);
    expect(result).toMatchObject({ counts: { spring: 4, fall: 2 }, passed: null, countiesInFavour: 0, countiesCounted: 1 });
    expect(result.counties[0]?.inFavour).toBeNull();
  });

  it('equals the sum of its counties and does not depend on the order channels report in', () => {
    const channel = fc.constantFrom<VotingChannel>('paper', 'in-room', 'online');
    const county = fc.constantFrom('55001', '55003', '55005', '55025');
    const count = fc.nat({ max: 10_000 });
    const totals = fc.array(fc.record<ChannelTotals>({ channel, countyCode: county, counts: fc.record({ yes: count, no: count, abstain: count }) }), {
      maxLength: 30,
    });
    fc.assert(
      fc.property(
        totals.chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length }))),
        ([list, shuffled]) => {
          const result = tallyStatewide(YNA, list);
          expect(tallyStatewide(YNA, shuffled)).toEqual(result);
          for (const choice of YNA) {
            expect(result.counts[choice]).toBe(list.reduce((sum, entry) => sum + (entry.counts[choice] ?? 0), 0));
            expect(result.counts[choice]).toBe(result.counties.reduce((sum, c) => sum + (c.counts[choice] ?? 0), 0));
          }
          expect(result.countiesCounted).toBe(new Set(list.map((entry) => entry.countyCode)).size);
          expect(result.countiesInFavour).toBeLessThanOrEqual(result.countiesCounted);
          expect(result.passed).toBe((result.counts['yes'] ?? 0) > (result.counts['no'] ?? 0));
        },
      ),
    );
  });
});

describe('tallyCountyQuestion', () => {
  it('counts one county and passes on more yes than no', () => {
    expect(tallyCountyQuestion(YNA, '55025', [paper('55025', 40, 12, 1)])).toMatchObject({ counts: { yes: 40, no: 12, abstain: 1 }, inFavour: true });
    expect(tallyCountyQuestion(YNA, '55025', [paper('55025', 12, 12)]).inFavour).toBe(false);
  });

  it('fails a question nobody voted on', () => {
    expect(tallyCountyQuestion(YNA, '55025', [])).toEqual({ countyCode: '55025', counts: { yes: 0, no: 0, abstain: 0 }, byChannel: {}, inFavour: false });
  });

  it('gives a result shaped like a statewide one, its county the only one', () => {
    expect(tallyCountyQuestionResult(YNA, '55025', [paper('55025', 40, 12, 1)])).toEqual({
      counts: { yes: 40, no: 12, abstain: 1 },
      countiesInFavour: 1,
      countiesCounted: 1,
      passed: true,
      counties: [{ countyCode: '55025', counts: { yes: 40, no: 12, abstain: 1 }, byChannel: { paper: { yes: 40, no: 12, abstain: 1 } }, inFavour: true }],
    });
    expect(tallyCountyQuestionResult(YNA, '55025', [])).toMatchObject({ countiesInFavour: 0, countiesCounted: 0, passed: false });
  });

  it('refuses totals from another county', () => {
    expect(() => tallyCountyQuestion(YNA, '55025', [paper('55001', 1, 0)])).toThrow(/local to 55025/);
  });
});

describe('yes / no helpers', () => {
  it('reads yes, no and abstain with zero for what a set lacks', () => {
    expect(yesNoAbstain({ yes: 3, no: 1 })).toEqual({ yes: 3, no: 1, abstain: 0 });
    expect(yesBeatsNo(['yes', 'no'], { yes: 2, no: 1 })).toBe(true);
    expect(yesBeatsNo(['a', 'b'], { a: 2 })).toBeNull();
  });
});

import fc from 'fast-check';
import {
  exactly,
  paperBallots,
  paperPublished,
  publicationOf,
  publicationThresholdProblems,
  publishedTotals,
  RESULTS_PUBLICATION,
  snapshotsDue,
  withheldFrom,
  type ChannelBallots,
} from './publication';
import { tallyCountyQuestionResult, tallyStatewide, type ChannelTotals, type VotingChannel } from './tally';

const YNA = ['yes', 'no', 'abstain'];
const K = 10;
const channel = (countyCode: string, name: VotingChannel, live: number, published = 0): ChannelBallots => ({ countyCode, channel: name, live, published });

describe('the publication threshold', () => {
  it('defaults to 10 and is a whole number from 2 (1 would publish each ballot) to 1,000', () => {
    expect(RESULTS_PUBLICATION.defaultThreshold).toBe(10);
    expect(publicationThresholdProblems(2)).toEqual([]);
    expect(publicationThresholdProblems(1_000)).toEqual([]);
    for (const bad of [1, 0, -5, 2.5, 1_001, Number.NaN]) expect(publicationThresholdProblems(bad, 'resultsPublicationThreshold')).toHaveLength(1);
    expect(publicationThresholdProblems(1, 'resultsPublicationThreshold')[0]?.field).toBe('resultsPublicationThreshold');
  });
});

describe('snapshotsDue', () => {
  it('is due once k ballots arrived in a county channel since its last snapshot, not before', () => {
    const due = snapshotsDue(
      [
        channel('55003', 'online', 9),
        channel('55001', 'online', 10),
        channel('55001', 'in-room', 19, 10),
        channel('55005', 'online', 45, 35),
        channel('55007', 'in-room', 1),
      ],
      K,
    );
    expect(due).toEqual([
      { countyCode: '55001', channel: 'online' },
      { countyCode: '55005', channel: 'online' },
    ]);
  });

  it('never takes paper, which has no snapshots', () => {
    expect(snapshotsDue([channel('55001', 'paper', 500)], K)).toEqual([]);
  });
});

describe('paper', () => {
  it("counts a county's paper ballots as the most votes one question received (questions may be left blank)", () => {
    expect(paperBallots([])).toBe(0);
    expect(
      paperBallots([
        { yes: 5, no: 3, abstain: 0 },
        { yes: 2, no: 2, abstain: 7 },
      ]),
    ).toBe(11);
  });

  it('is published while voting is open only from k ballots', () => {
    expect(paperPublished(9, K)).toBe(false);
    expect(paperPublished(10, K)).toBe(true);
  });
});

describe('publicationOf', () => {
  it('withholds counties with votes but no channel published, shows the others, and stamps the published ballots', () => {
    const publication = publicationOf(
      [
        channel('55001', 'online', 12, 10),
        channel('55001', 'in-room', 4, 0),
        channel('55003', 'online', 9),
        channel('55003', 'paper', 9),
        channel('55005', 'paper', 30),
        channel('55007', 'online', 0),
      ],
      K,
    );
    expect(publication.withheld).toEqual(['55003']);
    expect([...publication.paperCounties]).toEqual(['55005']);
    expect(publication.stamp).toBe('10');
  });

  it('lets through only published paper', () => {
    const publication = publicationOf([channel('55003', 'paper', 4), channel('55005', 'paper', 30)], K);
    const totals: ChannelTotals[] = [
      { channel: 'paper', countyCode: '55003', counts: { yes: 4 } },
      { channel: 'paper', countyCode: '55005', counts: { yes: 30 } },
      { channel: 'online', countyCode: '55003', counts: { yes: 1 } },
    ];
    expect(publishedTotals(totals, publication).map((entry) => [entry.channel, entry.countyCode])).toEqual([
      ['paper', '55005'],
      ['online', '55003'],
    ]);
  });
});

describe('withheldFrom', () => {
  it('keeps the published tally of a statewide question and lists the counties held back', () => {
    const tally = tallyStatewide(YNA, [{ channel: 'online', countyCode: '55001', counts: { yes: 7, no: 3 } }]);
    expect(withheldFrom(tally, ['55003'], null)).toEqual({ ...tally, withheld: ['55003'], exact: false });
  });

  it('shows nothing counted for a county-local question whose county is held back, and ignores other counties', () => {
    const local = tallyCountyQuestionResult(YNA, '55003', []);
    expect(withheldFrom(local, ['55001', '55003'], '55003')).toMatchObject({ counties: [], countiesCounted: 0, passed: null, withheld: ['55003'] });
    const shown = tallyCountyQuestionResult(YNA, '55001', [{ channel: 'online', countyCode: '55001', counts: { yes: 8, no: 2 } }]);
    expect(withheldFrom(shown, ['55003'], '55001')).toMatchObject({ countiesCounted: 1, passed: true, withheld: [] });
  });

  it('counts a county published after the withheld list was read (both are published states)', () => {
    const tally = tallyStatewide(YNA, [{ channel: 'online', countyCode: '55001', counts: { yes: 1 } }]);
    expect(withheldFrom(tally, ['55001', '55003'], null).withheld).toEqual(['55003']);
  });

  it('is exact once voting closed', () => {
    const tally = tallyStatewide(YNA, [{ channel: 'online', countyCode: '55001', counts: { yes: 1 } }]);
    expect(exactly(tally)).toEqual({ ...tally, withheld: [], exact: true });
  });
});

/**
 * The whole rule against a reader who polls after every single ballot: ballots arrive one at a
 * time in random counties and channels, a snapshot is taken whenever one is due (as the
 * results reader does), and every published state is compared with the one before.
 */
describe('published results, ballot by ballot', () => {
  const COUNTIES = ['55001', '55003', '55005'];
  const CHANNELS: VotingChannel[] = ['online', 'in-room'];
  const ballot = fc.record({
    county: fc.constantFrom(...COUNTIES),
    channel: fc.constantFrom(...CHANNELS),
    answer: fc.constantFrom('yes', 'no', 'abstain', null),
  });

  it('never moves a county, channel or the state by fewer than k ballots, sums the published counties, and shows no county below k', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 6 }), fc.array(ballot, { maxLength: 120 }), (k, ballots) => {
        const key = (county: string, name: VotingChannel) => `${county}/${name}`;
        const live = new Map<string, { ballots: number; counts: Record<string, number> }>();
        const published = new Map<string, { ballots: number; counts: Record<string, number> }>();
        let previous: { tally: ReturnType<typeof tallyStatewide>; ballots: Map<string, number> } | null = null;
        for (const cast of ballots) {
          const entry = live.get(key(cast.county, cast.channel)) ?? { ballots: 0, counts: {} };
          entry.ballots += 1;
          if (cast.answer) entry.counts[cast.answer] = (entry.counts[cast.answer] ?? 0) + 1;
          live.set(key(cast.county, cast.channel), entry);

          const channels = [...live.entries()].map(([name, value]) => {
            const [countyCode, channelName] = name.split('/') as [string, VotingChannel];
            return channel(countyCode, channelName, value.ballots, published.get(name)?.ballots ?? 0);
          });
          for (const due of snapshotsDue(channels, k)) {
            const source = live.get(key(due.countyCode, due.channel));
            if (source) published.set(key(due.countyCode, due.channel), { ballots: source.ballots, counts: { ...source.counts } });
          }
          const publication = publicationOf(
            [...live.entries()].map(([name, value]) => {
              const [countyCode, channelName] = name.split('/') as [string, VotingChannel];
              return channel(countyCode, channelName, value.ballots, published.get(name)?.ballots ?? 0);
            }),
            k,
          );
          const totals: ChannelTotals[] = [...published.entries()].map(([name, value]) => {
            const [countyCode, channelName] = name.split('/') as [string, VotingChannel];
            return { channel: channelName, countyCode, counts: value.counts };
          });
          const tally = withheldFrom(tallyStatewide(YNA, totals), publication.withheld, null);

          // Shown counties hold at least k ballots; withheld ones show nothing.
          const ballotsOf = (county: string) => CHANNELS.reduce((sum, name) => sum + (published.get(key(county, name))?.ballots ?? 0), 0);
          for (const county of tally.counties) expect(ballotsOf(county.countyCode)).toBeGreaterThanOrEqual(k);
          for (const county of tally.withheld) expect(tally.counties.some((shown) => shown.countyCode === county)).toBe(false);
          // The state is the sum of the published counties.
          for (const choice of YNA) {
            expect(tally.counts[choice]).toBe(tally.counties.reduce((sum, county) => sum + (county.counts[choice] ?? 0), 0));
          }
          // Against the state before: each county channel and county either did not move or took in at least k ballots.
          const ballotsNow = new Map([...published.entries()].map(([name, value]) => [name, value.ballots]));
          if (previous) {
            for (const [name, now] of ballotsNow) {
              const before = previous.ballots.get(name) ?? 0;
              if (now !== before) expect(now - before).toBeGreaterThanOrEqual(k);
            }
            for (const county of COUNTIES) {
              const countsNow = tally.counties.find((entry) => entry.countyCode === county)?.counts;
              const countsBefore = previous.tally.counties.find((entry) => entry.countyCode === county)?.counts;
              if (JSON.stringify(countsNow) !== JSON.stringify(countsBefore)) {
                const moved = CHANNELS.reduce(
                  (sum, name) => sum + (ballotsNow.get(key(county, name)) ?? 0) - (previous?.ballots.get(key(county, name)) ?? 0),
                  0,
                );
                expect(moved).toBeGreaterThanOrEqual(k);
              }
            }
            if (JSON.stringify(tally.counts) !== JSON.stringify(previous.tally.counts)) {
              const moved = [...ballotsNow.entries()].reduce((sum, [name, now]) => sum + now - (previous?.ballots.get(name) ?? 0), 0);
              expect(moved).toBeGreaterThanOrEqual(k);
            }
          }
          previous = { tally, ballots: ballotsNow };
        }
      }),
    );
  });
});

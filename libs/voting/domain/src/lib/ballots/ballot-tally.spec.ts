import fc from 'fast-check';
import { encodeAnswers, type BallotQuestion } from './ballot';
import { compareTallies, recountBallots, TallyAccumulator, type CountableBallot } from './ballot-tally';
import { tallyByDistrict } from './district-tally';
import { tallyStatewide, type ChannelTotals } from '../tallies';

const q1: BallotQuestion = { id: 'q1', position: 1, countyCode: null, choices: ['yes', 'no', 'abstain'] };
const q2: BallotQuestion = { id: 'q2', position: 2, countyCode: null, choices: ['yes', 'no', 'abstain'] };
const ballot = (countyCode: string, channel: 'online' | 'in-room', answers: Array<[number, number]>): CountableBallot => ({
  countyCode,
  channel,
  answers: encodeAnswers(new Map(answers)),
});

describe('TallyAccumulator', () => {
  it('adds one per answered question and key, none for unanswered', () => {
    const accumulator = new TallyAccumulator([q1, q2]);
    accumulator.add(
      ballot('A', 'online', [
        [1, 0],
        [2, 1],
      ]),
    );
    accumulator.add(ballot('A', 'online', [[1, 0]]));
    accumulator.add(ballot('B', 'in-room', [[2, 2]]));
    expect(accumulator.ballots).toBe(3);
    expect(accumulator.rows()).toEqual([
      { questionId: 'q1', countyCode: 'A', channel: 'online', choice: 'yes', count: 2 },
      { questionId: 'q2', countyCode: 'A', channel: 'online', choice: 'no', count: 1 },
      { questionId: 'q2', countyCode: 'B', channel: 'in-room', choice: 'abstain', count: 1 },
    ]);
  });

  it('refuses a ballot that does not fit the questionnaire', () => {
    expect(() => new TallyAccumulator([q1]).add(ballot('A', 'online', [[2, 0]]))).toThrow(/position 2/);
    // A choice the question does not have is found when the counts become rows.
    const accumulator = new TallyAccumulator([q1]);
    accumulator.add(ballot('A', 'online', [[1, 7]]));
    expect(() => accumulator.rows()).toThrow(/position 1 with choice 7/);
  });
});

describe('recount', () => {
  const arbitraryBallot = fc.record({
    countyCode: fc.constantFrom('A', 'B', 'C'),
    channel: fc.constantFrom('online' as const, 'in-room' as const),
    answers: fc.tuple(fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }), fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined })),
  });

  it('in any chunking equals the batch-by-batch live tally', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(arbitraryBallot, { maxLength: 60 }), fc.integer({ min: 1, max: 7 }), async (raw, chunkSize) => {
        const ballots = raw.map((b) =>
          ballot(
            b.countyCode,
            b.channel,
            b.answers.flatMap((choice, index): Array<[number, number]> => (choice === undefined ? [] : [[index + 1, choice]])),
          ),
        );
        // Live: batches of arbitrary size summed as upserts would.
        const live = new Map<string, number>();
        for (let i = 0; i < ballots.length; i += 3) {
          const batch = new TallyAccumulator([q1, q2]);
          ballots.slice(i, i + 3).forEach((b) => batch.add(b));
          for (const row of batch.rows()) {
            const key = JSON.stringify([row.questionId, row.countyCode, row.channel, row.choice]);
            live.set(key, (live.get(key) ?? 0) + row.count);
          }
        }
        const liveRows = [...live].map(([key, count]) => {
          const [questionId, countyCode, channel, choice] = JSON.parse(key) as [string, string, 'online', string];
          return { questionId, countyCode, channel, choice, count };
        });
        async function* chunks() {
          for (let i = 0; i < ballots.length; i += chunkSize) yield ballots.slice(i, i + chunkSize);
        }
        const recounted = await recountBallots([q1, q2], chunks());
        expect(recounted.ballots).toBe(ballots.length);
        expect(compareTallies(liveRows, recounted.rows)).toEqual([]);
      }),
    );
  });

  it('reports each difference, a missing row counting as zero', () => {
    const row = { questionId: 'q1', countyCode: 'A', channel: 'online' as const, choice: 'yes' };
    expect(
      compareTallies(
        [
          { ...row, count: 3 },
          { ...row, choice: 'no', count: 0 },
        ],
        [{ ...row, count: 4 }],
      ),
    ).toEqual([{ ...row, live: 3, recounted: 4 }]);
    expect(compareTallies([], [{ ...row, count: 1 }])).toEqual([{ ...row, live: 0, recounted: 1 }]);
  });
});

describe('results from channel totals', () => {
  it('sum with paper into counties, districts and statewide', () => {
    const totals: ChannelTotals[] = [
      { channel: 'online', countyCode: 'A', counts: { yes: 5 } },
      { channel: 'in-room', countyCode: 'A', counts: { no: 2 } },
      { channel: 'online', countyCode: 'B', counts: { no: 4 } },
      { channel: 'paper', countyCode: 'C', counts: { yes: 3, no: 1, abstain: 0 } },
    ];
    const tally = tallyStatewide(q1.choices, totals);
    expect(tally).toMatchObject({ counts: { yes: 8, no: 7, abstain: 0 }, countiesInFavour: 2, countiesCounted: 3, passed: true });
    expect(tally.counties[0]?.byChannel).toEqual({ online: { yes: 5, no: 0, abstain: 0 }, 'in-room': { yes: 0, no: 2, abstain: 0 } });
    const districts = tallyByDistrict(
      q1.choices,
      tally.counties,
      new Map([
        ['A', 'D1'],
        ['B', 'D1'],
        ['C', 'D2'],
      ]),
    );
    expect(districts).toEqual([
      { districtCode: 'D1', counts: { yes: 5, no: 6, abstain: 0 }, countiesInFavour: 1, countiesCounted: 2, inFavour: false },
      { districtCode: 'D2', counts: { yes: 3, no: 1, abstain: 0 }, countiesInFavour: 1, countiesCounted: 1, inFavour: true },
    ]);
  });
});

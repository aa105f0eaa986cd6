import { decodeAnswers, type BallotChannel, type BallotQuestion } from './ballot';

/**
 * Live tallies: each ballot adds one to (question, county, channel, choice). A batch of
 * ballots is aggregated first, so the database sees one upsert per key per batch, and
 * reading a result reads these counters, never the ballots: its cost is the number of
 * questions × counties × channels × choices, the same at a thousand ballots or a million.
 * The recount runs the very same accumulation over the stored ballots.
 */
export interface TallyRow {
  questionId: string;
  countyCode: string;
  channel: BallotChannel;
  choice: string;
  count: number;
}

/** What a stored (or about to be stored) ballot contributes: no voter, no time. */
export interface CountableBallot {
  countyCode: string;
  channel: BallotChannel;
  answers: Uint8Array;
}

const SEPARATOR = '\u0000';

/** Counts ballots into tally rows; feed it a batch, or a whole questionnaire's ballots in chunks. */
export class TallyAccumulator {
  private readonly counts = new Map<string, number>();
  private readonly byPosition: ReadonlyMap<number, BallotQuestion>;
  private ballotCount = 0;

  constructor(questions: Iterable<BallotQuestion>) {
    this.byPosition = new Map([...questions].map((question) => [question.position, question]));
  }

  get ballots(): number {
    return this.ballotCount;
  }

  add(ballot: CountableBallot): void {
    this.ballotCount += 1;
    for (const { position, choice } of decodeAnswers(ballot.answers)) {
      const question = this.byPosition.get(position);
      const code = question?.choices[choice];
      // A stored ballot that does not fit the questionnaire is corruption: stop the count loudly.
      if (!question || code === undefined) throw new Error(`a ballot answers position ${position} with choice ${choice}, which the questionnaire does not have`);
      const key = [question.id, ballot.countyCode, ballot.channel, code].join(SEPARATOR);
      this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    }
  }

  /** The rows, sorted by key so concurrent batches lock tally rows in one order (no deadlocks). */
  rows(): TallyRow[] {
    return [...this.counts.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, count]) => {
        const [questionId = '', countyCode = '', channel = '', choice = ''] = key.split(SEPARATOR);
        return { questionId, countyCode, channel: channel as BallotChannel, choice, count };
      });
  }
}

/** Recount: the ballots (streamed chunk by chunk) counted from scratch, as tally rows. */
export async function recountBallots(questions: Iterable<BallotQuestion>, chunks: AsyncIterable<readonly CountableBallot[]>): Promise<{ ballots: number; rows: TallyRow[] }> {
  const accumulator = new TallyAccumulator(questions);
  for await (const chunk of chunks) for (const ballot of chunk) accumulator.add(ballot);
  return { ballots: accumulator.ballots, rows: accumulator.rows() };
}

export interface TallyDifference {
  questionId: string;
  countyCode: string;
  channel: BallotChannel;
  choice: string;
  live: number;
  recounted: number;
}

/** Every key where the live tally and the recount disagree (zero counts equal missing rows). */
export function compareTallies(live: readonly TallyRow[], recounted: readonly TallyRow[]): TallyDifference[] {
  const key = (row: TallyRow) => [row.questionId, row.countyCode, row.channel, row.choice].join(SEPARATOR);
  const merged = new Map<string, TallyDifference>();
  for (const row of live) merged.set(key(row), { ...pick(row), live: row.count, recounted: 0 });
  for (const row of recounted) {
    const existing = merged.get(key(row));
    if (existing) existing.recounted = row.count;
    else merged.set(key(row), { ...pick(row), live: 0, recounted: row.count });
  }
  return [...merged.entries()]
    .filter(([, difference]) => difference.live !== difference.recounted)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, difference]) => difference);
}

function pick(row: TallyRow): Pick<TallyDifference, 'questionId' | 'countyCode' | 'channel' | 'choice'> {
  return { questionId: row.questionId, countyCode: row.countyCode, channel: row.channel, choice: row.choice };
}

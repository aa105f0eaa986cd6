import type { BallotChannel, BallotQuestion } from './ballot';

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

/** Answer bytes are choice + 1 (0: unanswered), so 256 slots hold every byte a position may carry. */
const SLOTS_PER_POSITION = 256;

/**
 * Counts ballots into tally rows; feed it a batch, or a whole questionnaire's ballots in
 * chunks. Counting is the recount's inner loop (a million ballots × 50 answers), so each
 * county-and-channel group keeps a flat array indexed by answer position and byte, and
 * the rows (with their question ids and choice codes) are built once at the end.
 */
export class TallyAccumulator {
  private readonly groups = new Map<string, { countyCode: string; channel: BallotChannel; counts: Uint32Array }>();
  private readonly byPosition: ReadonlyMap<number, BallotQuestion>;
  private readonly positions: number;
  private ballotCount = 0;

  constructor(questions: Iterable<BallotQuestion>) {
    this.byPosition = new Map([...questions].map((question) => [question.position, question]));
    this.positions = Math.max(0, ...this.byPosition.keys());
  }

  get ballots(): number {
    return this.ballotCount;
  }

  add(ballot: CountableBallot): void {
    const { answers } = ballot;
    // A stored ballot that does not fit the questionnaire is corruption: stop the count loudly.
    if (answers.length > this.positions) {
      const position = answers.findLastIndex((byte) => byte !== 0) + 1;
      if (position > this.positions) throw unknownAnswer(position, (answers[position - 1] ?? 1) - 1);
    }
    const groupKey = ballot.countyCode + SEPARATOR + ballot.channel;
    let group = this.groups.get(groupKey);
    if (!group) {
      group = { countyCode: ballot.countyCode, channel: ballot.channel, counts: new Uint32Array(this.positions * SLOTS_PER_POSITION) };
      this.groups.set(groupKey, group);
    }
    const { counts } = group;
    const length = Math.min(answers.length, this.positions);
    for (let index = 0; index < length; index += 1) {
      const byte = answers[index] as number;
      if (byte === 0) continue;
      const slot = index * SLOTS_PER_POSITION + byte;
      counts[slot] = (counts[slot] ?? 0) + 1;
    }
    this.ballotCount += 1;
  }

  /** The rows, sorted by key so concurrent batches lock tally rows in one order (no deadlocks). */
  rows(): TallyRow[] {
    const keyed: Array<[string, TallyRow]> = [];
    for (const { countyCode, channel, counts } of this.groups.values()) {
      for (let slot = 0; slot < counts.length; slot += 1) {
        const count = counts[slot] as number;
        if (count === 0) continue;
        const position = Math.floor(slot / SLOTS_PER_POSITION) + 1;
        const choice = (slot % SLOTS_PER_POSITION) - 1;
        const question = this.byPosition.get(position);
        const code = question?.choices[choice];
        if (!question || code === undefined) throw unknownAnswer(position, choice);
        keyed.push([[question.id, countyCode, channel, code].join(SEPARATOR), { questionId: question.id, countyCode, channel, choice: code, count }]);
      }
    }
    return keyed.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);
  }
}

function unknownAnswer(position: number, choice: number): Error {
  return new Error(`a ballot answers position ${position} with choice ${choice}, which the questionnaire does not have`);
}

/** Recount: the ballots (streamed chunk by chunk) counted from scratch, as tally rows. */
export async function recountBallots(
  questions: Iterable<BallotQuestion>,
  chunks: AsyncIterable<readonly CountableBallot[]>,
): Promise<{ ballots: number; rows: TallyRow[] }> {
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

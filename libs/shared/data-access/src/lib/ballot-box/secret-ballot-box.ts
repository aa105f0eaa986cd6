import type { DataSource, EntityManager } from 'typeorm';
import { Batcher, shuffle, type BatcherOptions, type BatchOutcome } from '@civic/util';

/** What every secret ballot carries into the box: the contest it is cast in and who casts it. */
export interface SecretBallot {
  /** The questionnaire, election, … — one vote per voter in each. */
  contestId: string;
  voterId: string;
}

/**
 * One kind of contest's tables, written by the box in its transaction. Each method is one
 * statement for the whole batch where it can be.
 */
export interface SecretBallotStore<B extends SecretBallot> {
  /**
   * Share-locks these contests (in the order given, so concurrent batches lock alike) and
   * says, for each, why it takes no votes now (the error to answer) or `null` when it does.
   * A contest missing from the map is refused with `unknownContest`. Closing a contest takes
   * its row for update, so it waits for the batches writing to it.
   */
  lockContests(manager: EntityManager, contestIds: readonly string[]): Promise<Map<string, Error | null>>;
  /**
   * Records that these voters voted (in the order given: sorted by key, unrelated to the
   * ballots' order); returns the `contestId:voterId` keys it recorded. The unique key decides
   * who had already voted, in this batch or a concurrent one.
   */
  recordVoters(manager: EntityManager, voters: readonly B[]): Promise<Set<string>>;
  /**
   * Stores the accepted ballots — already shuffled by the box — with random ids, no voter and
   * no time, and does what else their count needs (a live tally); returns each ballot's
   * receipt, in the order given.
   */
  storeBallots(manager: EntityManager, ballots: readonly B[]): Promise<string[]>;
  /** The answer to a voter who had already voted in the contest. */
  alreadyVoted(ballot: B): Error;
  /** The answer to a ballot for a contest that does not exist. */
  unknownContest(ballot: B): Error;
}

/**
 * The secret-ballot box, one for every kind of vote (questionnaire ballots, delegate
 * elections). Every ballot goes through a batcher, and a batch is ONE transaction holding
 * many voters' rows:
 *
 * 1. share-lock the batch's contests; refuse the ballots of those that take no votes;
 * 2. record the voters, each voter's first ballot of the batch, sorted by key (a stable lock
 *    order across concurrent batches, and an order unrelated to the ballots'); whoever is not
 *    recorded had already voted, here or in another batch;
 * 3. store the accepted ballots in a cryptographically shuffled order (the store gives them
 *    random ids and receipts, no voter and no time).
 *
 * Then COMMIT, and only then is any voter answered: a returned receipt is durable.
 *
 * What the database can and cannot tell: rows written in one transaction share its xmin and
 * sit together in the heap and the WAL, so a ballot narrows to its BATCH (the voters whose
 * rows carry the same xmin), never to a voter: inside the batch, ballot order is a random
 * permutation independent of the voters' order. A lone voter at a quiet moment is a batch of
 * one; secrecy then rests on access to xmin and the WAL (docs/adr/0005).
 */
export class SecretBallotBox<B extends SecretBallot> {
  private readonly batcher: Batcher<B, string>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly store: SecretBallotStore<B>,
    batching: BatcherOptions,
  ) {
    this.batcher = new Batcher<B, string>(batching, (ballots) => this.write(ballots));
  }

  /** Resolves with the ballot's receipt once committed; rejects with the store's refusal otherwise. */
  cast(ballot: B): Promise<string> {
    return this.batcher.submit(ballot);
  }

  /** Writes whatever is queued and waits for every batch in flight (shutdown). */
  drain(): Promise<void> {
    return this.batcher.drain();
  }

  /** Writes one batch in one transaction; outcomes in the order of the ballots. */
  async write(ballots: readonly B[]): Promise<Array<BatchOutcome<string>>> {
    const committed = await this.dataSource.transaction(async (manager) => {
      const verdicts = await this.store.lockContests(manager, [...new Set(ballots.map((ballot) => ballot.contestId))].sort(compare));
      // Each voter's first ballot of the batch, in contests that take votes, sorted by key.
      const firsts = new Map<string, B>();
      for (const ballot of ballots) {
        if (verdicts.get(ballot.contestId) === null && !firsts.has(keyOf(ballot))) firsts.set(keyOf(ballot), ballot);
      }
      const voters = [...firsts].sort(([a], [b]) => compare(a, b)).map(([, ballot]) => ballot);
      const recorded = await this.store.recordVoters(manager, voters);
      const accepted = shuffle(voters.filter((voter) => recorded.has(keyOf(voter))));
      const receipts = await this.store.storeBallots(manager, accepted);
      return { verdicts, receipts: new Map(accepted.map((ballot, index) => [ballot, receipts[index]])) };
    });

    return ballots.map((ballot): BatchOutcome<string> => {
      const verdict = committed.verdicts.get(ballot.contestId);
      if (verdict === undefined) return { ok: false, error: this.store.unknownContest(ballot) };
      if (verdict !== null) return { ok: false, error: verdict };
      const receipt = committed.receipts.get(ballot);
      return receipt === undefined ? { ok: false, error: this.store.alreadyVoted(ballot) } : { ok: true, value: receipt };
    });
  }
}

function keyOf(ballot: SecretBallot): string {
  return `${ballot.contestId}:${ballot.voterId}`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

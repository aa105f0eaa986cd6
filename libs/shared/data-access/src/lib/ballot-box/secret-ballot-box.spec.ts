import type { DataSource, EntityManager } from 'typeorm';
import { SecretBallotBox, type SecretBallot, type SecretBallotStore } from './secret-ballot-box';

interface TestBallot extends SecretBallot {
  choice: string;
}

/** An in-memory store that records what the box asked of it, in order. */
class MemoryStore implements SecretBallotStore<TestBallot> {
  readonly voted = new Set<string>();
  readonly calls: string[] = [];
  readonly votersRecorded: TestBallot[][] = [];
  readonly ballotsStored: TestBallot[][] = [];

  constructor(private readonly contests: Map<string, Error | null>) {}

  async lockContests(_manager: EntityManager, ids: readonly string[]) {
    this.calls.push(`lock ${ids.join(',')}`);
    return new Map(ids.filter((id) => this.contests.has(id)).map((id) => [id, this.contests.get(id) ?? null]));
  }

  async recordVoters(_manager: EntityManager, voters: readonly TestBallot[]) {
    this.calls.push('voters');
    this.votersRecorded.push([...voters]);
    const recorded = new Set<string>();
    for (const voter of voters) {
      const key = `${voter.contestId}:${voter.voterId}`;
      if (!this.voted.has(key)) recorded.add(key);
      this.voted.add(key);
    }
    return recorded;
  }

  async storeBallots(_manager: EntityManager, ballots: readonly TestBallot[]) {
    this.calls.push('ballots');
    this.ballotsStored.push([...ballots]);
    return ballots.map((ballot) => `receipt-${ballot.voterId}`);
  }

  alreadyVoted = (ballot: TestBallot) => new Error(`already voted: ${ballot.voterId}`);
  unknownContest = (ballot: TestBallot) => new Error(`no contest ${ballot.contestId}`);
}

/** A DataSource whose transaction runs the work once and fails the whole batch if it throws, as Postgres would. */
const dataSource = { transaction: async <T>(work: (manager: EntityManager) => Promise<T>) => work({} as EntityManager) } as unknown as DataSource;
const batching = { maxBatch: 100, maxWaitMs: 1, maxConcurrent: 1 };
const ballot = (contestId: string, voterId: string, choice = 'yes'): TestBallot => ({ contestId, voterId, choice });

describe('SecretBallotBox', () => {
  it('answers each voter with their receipt, and refuses a second ballot in the batch or later', async () => {
    const store = new MemoryStore(new Map([['q', null]]));
    const box = new SecretBallotBox(dataSource, store, batching);
    const outcomes = await box.write([ballot('q', 'ann'), ballot('q', 'bob'), ballot('q', 'ann', 'no')]);
    expect(outcomes).toEqual([
      { ok: true, value: 'receipt-ann' },
      { ok: true, value: 'receipt-bob' },
      { ok: false, error: new Error('already voted: ann') },
    ]);
    expect(store.ballotsStored.flat().find((stored) => stored.voterId === 'ann')?.choice).toBe('yes');
    await expect(box.cast(ballot('q', 'bob'))).rejects.toThrow('already voted: bob');
  });

  it('refuses ballots for contests that take no votes or do not exist, and stores none of them', async () => {
    const store = new MemoryStore(
      new Map<string, Error | null>([
        ['open', null],
        ['closed', new Error('voting is closed')],
      ]),
    );
    const outcomes = await new SecretBallotBox(dataSource, store, batching).write([ballot('closed', 'ann'), ballot('gone', 'bob'), ballot('open', 'cy')]);
    expect(outcomes.map((outcome) => (outcome.ok ? outcome.value : (outcome.error as Error).message))).toEqual([
      'voting is closed',
      'no contest gone',
      'receipt-cy',
    ]);
    expect(store.votersRecorded.flat().map((voter) => voter.voterId)).toEqual(['cy']);
  });

  it('locks contests, then records voters, then stores ballots, in one transaction', async () => {
    const store = new MemoryStore(
      new Map([
        ['b', null],
        ['a', null],
      ]),
    );
    let transactions = 0;
    const counting = {
      transaction: async <T>(work: (manager: EntityManager) => Promise<T>) => (transactions++, work({} as EntityManager)),
    } as unknown as DataSource;
    await new SecretBallotBox(counting, store, batching).write([ballot('b', '1'), ballot('a', '2'), ballot('b', '3')]);
    expect(transactions).toBe(1);
    expect(store.calls).toEqual(['lock a,b', 'voters', 'ballots']);
  });

  it('records voters in key order and stores ballots in an order unrelated to it', async () => {
    const store = new MemoryStore(new Map([['q', null]]));
    const box = new SecretBallotBox(dataSource, store, { ...batching, maxBatch: 1000 });
    const voters = Array.from({ length: 200 }, (_, index) => String(index).padStart(3, '0'));
    const outcomes = await box.write([...voters].reverse().map((voter) => ballot('q', voter)));
    expect(store.votersRecorded[0]?.map((voter) => voter.voterId)).toEqual(voters);
    const stored = store.ballotsStored[0]?.map((stored) => stored.voterId) ?? [];
    expect([...stored].sort()).toEqual(voters);
    expect(stored).not.toEqual(voters); // shuffled: 1 chance in 200! to be wrong
    // Each voter still gets their own receipt, whatever the stored order.
    expect(outcomes.every((outcome, index) => outcome.ok && outcome.value === `receipt-${voters[199 - index]}`)).toBe(true);
  });

  it('fails the whole batch, answering nobody with a receipt, when the transaction fails', async () => {
    const store = new MemoryStore(new Map([['q', null]]));
    store.storeBallots = async () => {
      throw new Error('connection lost');
    };
    const box = new SecretBallotBox(dataSource, store, batching);
    await expect(Promise.all([box.cast(ballot('q', 'ann')), box.cast(ballot('q', 'bob'))])).rejects.toThrow('connection lost');
  });

  it('writes what is queued before it drains', async () => {
    const store = new MemoryStore(new Map([['q', null]]));
    const box = new SecretBallotBox(dataSource, store, { maxBatch: 100, maxWaitMs: 60_000, maxConcurrent: 1 });
    const cast = box.cast(ballot('q', 'ann'));
    await box.drain();
    await expect(cast).resolves.toBe('receipt-ann');
  });
});

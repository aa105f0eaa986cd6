import { VersionedCache, type Freshness } from './results-cache';

/** A computation the test finishes by hand. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('VersionedCache', () => {
  let now: number;
  let refreshErrors: unknown[];
  /** The live values' stamp: what the counters add up to. */
  let counted: number;
  const live: Freshness = { maxAgeMs: 1_000, stamp: async () => String(counted) };
  const cache = (capacity = 10) => new VersionedCache<string>({ capacity, now: () => now, onRefreshError: (_key, error) => refreshErrors.push(error) });

  beforeEach(() => {
    now = 1_000_000;
    refreshErrors = [];
    counted = 0;
  });

  it('gives concurrent readers of a key one computation, and later readers its value', async () => {
    const results = cache();
    const pending = deferred<string>();
    const compute = jest.fn(() => pending.promise);
    const readers = Array.from({ length: 100 }, () => results.get('q1/all', 'v1', compute, live));
    await settle();
    pending.resolve('counted');
    expect(await Promise.all(readers)).toEqual(Array(100).fill('counted'));
    expect(await results.get('q1/all', 'v1', compute, live)).toBe('counted');
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it('never serves one key for another', async () => {
    const results = cache();
    expect(await results.get('q1/all', 'v', async () => 'year one', null)).toBe('year one');
    expect(await results.get('q2/all', 'v', async () => 'year two', null)).toBe('year two');
    expect(await results.get('q1/question-a', 'v', async () => 'question a', null)).toBe('question a');
    expect(await results.get('q1/all', 'v', async () => 'recomputed', null)).toBe('year one');
  });

  it('computes again when the version changed, however young the value', async () => {
    const results = cache();
    await results.get('q1/all', 'closed:3', async () => 'before confirmation', null);
    expect(await results.get('q1/all', 'closed:4', async () => 'after confirmation', null)).toBe('after confirmation');
    expect(await results.get('q1/all', 'closed:4', async () => 'again', null)).toBe('after confirmation');
    counted = 5; // a live value of an older version is not confirmed by an equal stamp either
    await results.get('q1/all', 'open:4', async () => 'open 4', live);
    expect(await results.get('q1/all', 'open:5', async () => 'open 5', live)).toBe('open 5');
  });

  it('keeps a value that is not live until the version changes', async () => {
    const results = cache();
    await results.get('q1/all', 'closed', async () => 'final', null);
    now += 3_600_000;
    expect(await results.get('q1/all', 'closed', async () => 'again', null)).toBe('final');
  });

  it('serves a live value younger than the maximum age, refreshes it in the background past half of it, and waits once it is too old', async () => {
    const results = cache();
    await results.get('q1/all', 'open', async () => 'at 0 ms', live);
    counted = 1;
    now += 400;
    expect(await results.get('q1/all', 'open', async () => 'not asked for', live)).toBe('at 0 ms');

    now += 200; // 600 ms: still served, while the next one is computed
    const refresh = deferred<string>();
    expect(await results.get('q1/all', 'open', () => refresh.promise, live)).toBe('at 0 ms');
    // The refresh under way is not started twice.
    expect(await results.get('q1/all', 'open', async () => 'a second refresh', live)).toBe('at 0 ms');
    await settle();
    refresh.resolve('at 600 ms');
    await refresh.promise;
    await settle();
    expect(await results.get('q1/all', 'open', async () => 'not asked for', live)).toBe('at 600 ms');

    counted = 2;
    now += 1_000; // the value computed at 600 ms is now 1,000 ms old: readers wait for a new one
    expect(await results.get('q1/all', 'open', async () => 'at 1,600 ms', live)).toBe('at 1,600 ms');
  });

  it('confirms a live value instead of computing it again while its stamp is unchanged', async () => {
    const results = cache();
    const compute = jest.fn(async () => `${counted} counted`);
    expect(await results.get('q1/all', 'open', compute, live)).toBe('0 counted');
    now += 600;
    expect(await results.get('q1/all', 'open', compute, live)).toBe('0 counted');
    await settle();
    now += 600; // 1,200 ms after it was computed, 600 ms after it was confirmed: still served
    expect(await results.get('q1/all', 'open', compute, live)).toBe('0 counted');
    expect(compute).toHaveBeenCalledTimes(1);

    counted = 3;
    now += 1_000;
    expect(await results.get('q1/all', 'open', compute, live)).toBe('3 counted');
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it('measures age from the start of a computation, not its end', async () => {
    const results = cache();
    const slow = deferred<string>();
    const first = results.get('q1/all', 'open', () => slow.promise, live);
    await settle();
    now += 900;
    slow.resolve('started at 0 ms');
    await first;
    counted = 1;
    now += 150; // 1,050 ms after it started: too old although it finished 150 ms ago
    expect(await results.get('q1/all', 'open', async () => 'fresh', live)).toBe('fresh');
  });

  it('keeps the newer value when an older computation finishes last', async () => {
    const results = cache();
    const old = deferred<string>();
    const first = results.get('q1/all', 'v1', () => old.promise, null);
    await settle();
    now += 10;
    expect(await results.get('q1/all', 'v2', async () => 'v2 value', null)).toBe('v2 value');
    old.resolve('v1 value');
    expect(await first).toBe('v1 value');
    expect(await results.get('q1/all', 'v2', async () => 'again', null)).toBe('v2 value');
  });

  it('does not keep a failure: the next reader computes again', async () => {
    const results = cache();
    await expect(results.get('q1/all', 'v', async () => Promise.reject(new Error('database gone')), null)).rejects.toThrow('database gone');
    expect(await results.get('q1/all', 'v', async () => 'back', null)).toBe('back');
  });

  it('keeps serving the older live value while a background refresh fails, and reports it', async () => {
    const results = cache();
    await results.get('q1/all', 'open', async () => 'at 0 ms', live);
    counted = 1;
    now += 600;
    expect(await results.get('q1/all', 'open', async () => Promise.reject(new Error('timeout')), live)).toBe('at 0 ms');
    await settle();
    expect(refreshErrors).toEqual([new Error('timeout')]);
    expect(await results.get('q1/all', 'open', async () => 'not asked for', live)).toBe('at 0 ms');
  });

  it('drops the least recently read key beyond its capacity', async () => {
    const results = cache(2);
    await results.get('a', 'v', async () => 'a1', null);
    await results.get('b', 'v', async () => 'b1', null);
    await results.get('a', 'v', async () => 'a2', null); // a is now the most recently read
    await results.get('c', 'v', async () => 'c1', null); // drops b
    expect(await results.get('a', 'v', async () => 'a3', null)).toBe('a1');
    expect(await results.get('b', 'v', async () => 'b2', null)).toBe('b2');
  });
});

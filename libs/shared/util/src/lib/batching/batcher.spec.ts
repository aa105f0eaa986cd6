import { Batcher, type BatchOutcome } from './batcher';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('Batcher', () => {
  it('writes requests that arrive together in one batch, and settles each with its own outcome', async () => {
    const batches: number[][] = [];
    const batcher = new Batcher<number, number>({ maxBatch: 100, maxWaitMs: 5, maxConcurrent: 1 }, async (requests) => {
      batches.push(requests);
      return requests.map((n): BatchOutcome<number> => (n % 2 === 0 ? { ok: true, value: n * 10 } : { ok: false, error: new Error(`odd ${n}`) }));
    });
    const results = await Promise.allSettled([1, 2, 3, 4].map((n) => batcher.submit(n)));
    expect(batches).toEqual([[1, 2, 3, 4]]);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual(['odd 1', 20, 'odd 3', 40]);
  });

  it('splits at maxBatch and queues what arrives during a write for the next batch', async () => {
    const batches: number[][] = [];
    const gate = deferred();
    const batcher = new Batcher<number, number>({ maxBatch: 3, maxWaitMs: 1, maxConcurrent: 1 }, async (requests) => {
      batches.push(requests);
      if (batches.length === 1) await gate.promise;
      return requests.map((value) => ({ ok: true as const, value }));
    });
    const first = [1, 2, 3, 4].map((n) => batcher.submit(n));
    await new Promise((r) => setTimeout(r, 10));
    const later = [5, 6].map((n) => batcher.submit(n));
    // The first batch is still being written: nothing else started (maxConcurrent 1).
    expect(batches).toEqual([[1, 2, 3]]);
    gate.resolve();
    expect(await Promise.all([...first, ...later])).toEqual([1, 2, 3, 4, 5, 6]);
    expect(batches).toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ]);
  });

  it('settles nothing before the write finished, and fails the whole batch when the write throws', async () => {
    const gate = deferred();
    let settled = false;
    const batcher = new Batcher<number, number>({ maxBatch: 10, maxWaitMs: 1, maxConcurrent: 2 }, async () => {
      await gate.promise;
      throw new Error('database down');
    });
    const both = Promise.allSettled([batcher.submit(1), batcher.submit(2)]).then((r) => {
      settled = true;
      return r;
    });
    await new Promise((r) => setTimeout(r, 10));
    expect(settled).toBe(false);
    gate.resolve();
    expect((await both).map((r) => r.status)).toEqual(['rejected', 'rejected']);
  });

  it('drains the queue on shutdown', async () => {
    const written: number[] = [];
    const batcher = new Batcher<number, number>({ maxBatch: 2, maxWaitMs: 10_000, maxConcurrent: 1 }, async (requests) => {
      written.push(...requests);
      return requests.map((value) => ({ ok: true as const, value }));
    });
    const pending = Promise.all([batcher.submit(1)]);
    await batcher.drain();
    expect(written).toEqual([1]);
    expect(await pending).toEqual([1]);
  });
});

/**
 * Group commit: requests queue in process and are written together, a batch per write
 * (one transaction, for the ballot boxes of voting and of assemblies' elections). A batch
 * starts when `maxWaitMs` passed since the first queued request or `maxBatch` requests are
 * waiting; while `maxConcurrent` batches are being written, new requests keep queueing and
 * the next batch takes them all (up to maxBatch). Each request settles only when its
 * batch's outcome is known — after COMMIT — so a caller that got an answer holds something
 * durable.
 */
export type BatchOutcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

export interface BatcherOptions {
  maxBatch: number;
  maxWaitMs: number;
  maxConcurrent: number;
}

interface Pending<Req, Res> {
  request: Req;
  resolve(value: Res): void;
  reject(error: unknown): void;
}

export class Batcher<Req, Res> {
  private queue: Array<Pending<Req, Res>> = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running = 0;
  private readonly idle = new Set<() => void>();

  /** `write` returns one outcome per request, in order; if it throws, every request of the batch fails with the error. */
  constructor(
    private readonly options: BatcherOptions,
    private readonly write: (requests: Req[]) => Promise<Array<BatchOutcome<Res>>>,
  ) {}

  submit(request: Req): Promise<Res> {
    return new Promise<Res>((resolve, reject) => {
      this.queue.push({ request, resolve, reject });
      this.schedule();
    });
  }

  get pending(): number {
    return this.queue.length;
  }

  /** Writes whatever is queued and waits for every batch in flight (shutdown). */
  async drain(): Promise<void> {
    while (this.queue.length > 0 || this.running > 0) {
      if (this.timer) clearTimeout(this.timer);
      this.timer = null;
      this.startBatches();
      if (this.running > 0) await new Promise<void>((resolve) => this.idle.add(resolve));
    }
  }

  private schedule(): void {
    if (this.queue.length >= this.options.maxBatch) {
      this.startBatches();
    } else if (!this.timer && this.running < this.options.maxConcurrent) {
      this.timer = setTimeout(() => {
        this.timer = null;
        this.startBatches();
      }, this.options.maxWaitMs);
    }
  }

  private startBatches(): void {
    while (this.queue.length > 0 && this.running < this.options.maxConcurrent) {
      const batch = this.queue.splice(0, this.options.maxBatch);
      this.running += 1;
      void this.run(batch);
    }
  }

  private async run(batch: Array<Pending<Req, Res>>): Promise<void> {
    try {
      const outcomes = await this.write(batch.map((pending) => pending.request));
      batch.forEach((pending, index) => {
        const outcome = outcomes[index];
        if (!outcome) pending.reject(new Error('the batch write returned no outcome for a request'));
        else if (outcome.ok) pending.resolve(outcome.value);
        else pending.reject(outcome.error);
      });
    } catch (error) {
      for (const pending of batch) pending.reject(error);
    } finally {
      this.running -= 1;
      // Whatever queued during this write goes next, without waiting for a timer.
      if (this.queue.length > 0) this.startBatches();
      if (this.running === 0) {
        for (const resolve of this.idle) resolve();
        this.idle.clear();
      }
    }
  }
}

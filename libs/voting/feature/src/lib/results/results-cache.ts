interface Computed<T> {
  version: string;
  /** What the freshness stamp read before the value was computed (live values only). */
  stamp: string | undefined;
  /** When its computation (or its last confirmation) started: the value holds everything committed before then. */
  startedAt: number;
  value: T;
}

interface Entry<T> {
  done?: Computed<T>;
  pending?: { version: string; startedAt: number; promise: Promise<T> };
}

/** For values that change without their version changing (results while ballots arrive). */
export interface Freshness {
  /** Never served older than this. */
  maxAgeMs: number;
  /**
   * Changes whenever the value would, and is cheap to read: when it has not changed, an aging
   * value is confirmed instead of computed again.
   */
  stamp: () => Promise<string>;
}

export interface VersionedCacheOptions {
  /** Entries kept (least recently read dropped first). */
  capacity: number;
  /** A refresh started ahead of time failed; readers keep the older value until it is too old. */
  onRefreshError: (key: string, error: unknown) => void;
  now?: () => number;
}

/**
 * Computed values per key, served while the caller's version of their inputs is unchanged
 * and, for live values, while they are young enough. Concurrent readers of a key share one
 * computation. Past half its maximum age a live value is still served while the next one is
 * made in the background, so a steady stream of readers does not wait; when the freshness
 * stamp shows nothing changed, the value is confirmed rather than computed again (no work,
 * and no new garbage, while results stand still).
 *
 * Values are shared by every reader: treat them as read-only.
 */
export class VersionedCache<T> {
  private readonly entries = new Map<string, Entry<T>>();
  private readonly now: () => number;

  constructor(private readonly options: VersionedCacheOptions) {
    this.now = options.now ?? Date.now;
  }

  /**
   * The value of key at this version: cached when computed at the same version and (when
   * live) started less than maxAgeMs ago; else computed once for all concurrent readers. Read
   * the version before calling: the value then holds at least what the version saw.
   */
  get(key: string, version: string, compute: () => Promise<T>, freshness: Freshness | null): Promise<T> {
    const entry = this.entries.get(key);
    const done = entry?.done;
    if (entry && done?.version === version) {
      const age = this.now() - done.startedAt;
      if (!freshness || age < freshness.maxAgeMs) {
        this.touch(key, entry);
        if (freshness && age >= freshness.maxAgeMs / 2 && entry.pending?.version !== version) {
          this.start(key, version, compute, freshness).catch((error: unknown) => this.options.onRefreshError(key, error));
        }
        return Promise.resolve(done.value);
      }
    }
    const pending = entry?.pending;
    // Joined only while what it will return is young enough.
    if (pending?.version === version && (!freshness || this.now() - pending.startedAt < freshness.maxAgeMs)) return pending.promise;
    return this.start(key, version, compute, freshness);
  }

  private start(key: string, version: string, compute: () => Promise<T>, freshness: Freshness | null): Promise<T> {
    const entry = this.entries.get(key) ?? {};
    this.touch(key, entry);
    const startedAt = this.now();
    const promise = (async () => {
      const stamp = freshness ? await freshness.stamp() : undefined;
      const previous = entry.done;
      if (stamp !== undefined && previous?.version === version && previous.stamp === stamp) {
        // Nothing changed since it was computed: it holds as of this start too.
        if (previous.startedAt < startedAt && entry.done === previous) entry.done = { ...previous, startedAt };
        return previous.value;
      }
      const value = await compute();
      // A slower, older computation never replaces a newer one's value.
      if (!entry.done || entry.done.startedAt <= startedAt) entry.done = { version, stamp, startedAt, value };
      return value;
    })();
    const pending = { version, startedAt, promise };
    entry.pending = pending;
    const settled = () => {
      if (entry.pending === pending) entry.pending = undefined;
    };
    promise.then(settled, settled);
    return promise;
  }

  /** Marks the key most recently used, dropping the least recently used beyond capacity. */
  private touch(key: string, entry: Entry<T>): void {
    this.entries.delete(key);
    this.entries.set(key, entry);
    while (this.entries.size > this.options.capacity) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.entries.delete(oldest.value);
    }
  }
}

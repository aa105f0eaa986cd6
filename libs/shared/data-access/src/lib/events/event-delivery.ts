import type { JobsOptions } from 'bullmq';
import { EVENT_DELIVERY_RETRY, type EventEnvelope } from '@civic/contracts';

/** How many finished event jobs each queue keeps for inspection before trimming. */
const KEEP_COMPLETED = { count: 1_000, age: 24 * 3600 } as const;
const KEEP_FAILED = { count: 5_000 } as const;

/**
 * Job options of one event delivery. The job id is the event id, so publishing the same
 * event again (a relay that crashed before marking it published) adds nothing while the
 * job is still known to the queue; the consumer's inbox covers the rest.
 */
export function eventJobOptions(envelope: EventEnvelope): JobsOptions {
  return {
    jobId: envelope.id,
    attempts: EVENT_DELIVERY_RETRY.attempts,
    backoff: { ...EVENT_DELIVERY_RETRY.backoff },
    removeOnComplete: KEEP_COMPLETED,
    removeOnFail: KEEP_FAILED,
  };
}

/** Rejects when `promise` has not settled within `ms`, so a stalled Redis cannot hold a transaction open. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

import { setTimeout as delay } from 'node:timers/promises';
import { Queue, type ConnectionOptions } from 'bullmq';
import { Pool } from 'pg';
import { QueueName, SERVICE_NAMES } from '@civic/contracts';
import { redisOptions } from '@civic/platform';

export interface EventBacklog {
  /** Outbox rows not yet relayed, over every service. */
  unpublished: number;
  /** Event jobs waiting or running, over every consuming service (retries in back-off are not waited for). */
  queued: number;
}

/** What the services still have to relay and consume (the demo seed leaves thousands of events). */
export async function eventBacklog(pool: Pool, queues: readonly Queue[]): Promise<EventBacklog> {
  const outboxes = SERVICE_NAMES.map((service) => `SELECT count(*)::int AS n FROM "${service}"."outbox_event" WHERE "published_at" IS NULL`);
  const { rows } = await pool.query<{ n: number }>(`SELECT sum(n)::int AS n FROM (${outboxes.join(' UNION ALL ')}) AS unpublished`);
  let queued = 0;
  for (const queue of queues) {
    const counts = await queue.getJobCounts('waiting', 'active', 'prioritized');
    queued += Object.values(counts).reduce((sum, n) => sum + n, 0);
  }
  return { unpublished: rows[0]?.n ?? 0, queued };
}

/**
 * Waits until every event is relayed and consumed. The demo seed leaves thousands of
 * events (residents verified, delegates seated, resolutions introduced) that take the
 * services tens of seconds to apply after start-up: end-to-end tests would race them
 * (a resident not yet eligible in voting) and the bench would measure beside them.
 */
export async function waitForEventBacklog(
  databaseUrl: string,
  redisUrl: string,
  { timeoutMs = 300_000, log = () => undefined }: { timeoutMs?: number; log?: (message: string) => void } = {},
): Promise<EventBacklog> {
  const connection = redisOptions(redisUrl, 'producer') as ConnectionOptions;
  const queues = SERVICE_NAMES.map((service) => new Queue(QueueName.events(service), { connection }));
  const pool = new Pool({ connectionString: databaseUrl, max: 1 });
  try {
    const deadline = Date.now() + timeoutMs;
    let backlog = await eventBacklog(pool, queues);
    let lastLog = 0;
    while (backlog.unpublished + backlog.queued > 0) {
      if (Date.now() > deadline) throw new Error(`events still pending after ${timeoutMs / 1000} s: ${JSON.stringify(backlog)}`);
      if (Date.now() - lastLog > 5_000) {
        log(`waiting for the event backlog: ${backlog.unpublished} to relay, ${backlog.queued} to consume`);
        lastLog = Date.now();
      }
      await delay(250);
      backlog = await eventBacklog(pool, queues);
    }
    return backlog;
  } finally {
    await Promise.all([...queues.map((queue) => queue.close()), pool.end()]);
  }
}

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { DataSource, IsNull } from 'typeorm';
import { QueueName, type EventEnvelope } from '@civic/contracts';
import { createRedis } from '@civic/platform';
import { serviceDataSourceOptions } from '../database';
import { InboxEventEntity } from '../outbox';
import { OutboxEventEntity } from '../outbox';
import { createOutboxAndInboxTables } from '../outbox';
import { appendToOutbox } from '../outbox';
import { OutboxRelay } from './outbox-relay';

const SCHEMA = 'relay_int_spec';
const databaseUrl = requiredEnv('DATABASE_URL');
const redisUrl = requiredEnv('REDIS_URL');

let dataSource: DataSource;
let votingQueue: Queue;
let queueConnection: Redis;
const relays: OutboxRelay[] = [];

beforeAll(async () => {
  dataSource = new DataSource(serviceDataSourceOptions(databaseUrl, { schema: SCHEMA, entities: [OutboxEventEntity, InboxEventEntity], migrations: [] }));
  await dataSource.initialize();
  await dataSource.query(`DROP SCHEMA IF EXISTS "${SCHEMA}" CASCADE`);
  await dataSource.query(`CREATE SCHEMA "${SCHEMA}"`);
  const runner = dataSource.createQueryRunner();
  await createOutboxAndInboxTables(runner, SCHEMA);
  await runner.release();
  queueConnection = createRedis(redisUrl, 'producer');
  votingQueue = new Queue(QueueName.events('voting'), { connection: queueConnection });
});

beforeEach(async () => {
  await dataSource.query(`TRUNCATE "${SCHEMA}"."outbox_event"`);
  await votingQueue.obliterate({ force: true });
});

afterEach(async () => {
  await Promise.all(relays.splice(0).map((relay) => relay.stop()));
});

afterAll(async () => {
  await votingQueue?.close();
  queueConnection?.disconnect();
  await dataSource?.query(`DROP SCHEMA IF EXISTS "${SCHEMA}" CASCADE`);
  await dataSource?.destroy();
});

function relay(url: string, overrides: { batchSize?: number; pollMs?: number } = {}): OutboxRelay {
  const created = new OutboxRelay(dataSource, {
    service: 'identity',
    redisUrl: url,
    pollMs: overrides.pollMs ?? 50,
    batchSize: overrides.batchSize ?? 100,
    publishTimeoutMs: 1_000,
    maxBackoffMs: 300,
  });
  relays.push(created);
  return created;
}

/** Writes events one transaction each, as separate changes would, so their times differ. */
async function writeEvents(count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    ids.push(
      await dataSource.transaction((manager) =>
        appendToOutbox(manager, 'identity.resident-verified', {
          accountId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
          jurisdictionCode: '55025',
          method: 'staff-in-person',
          verifiedAt: new Date().toISOString(),
        }),
      ),
    );
  }
  return ids;
}

async function outboxRow(id: string): Promise<OutboxEventEntity> {
  return dataSource.getRepository(OutboxEventEntity).findOneByOrFail({ id });
}

async function unpublishedCount(): Promise<number> {
  return dataSource.getRepository(OutboxEventEntity).countBy({ publishedAt: IsNull() });
}

describe('OutboxRelay', () => {
  it('publishes each event to the subscriber queue once and in order, even with two relays at work', async () => {
    const ids = await writeEvents(30);
    const [first, second] = [relay(redisUrl, { batchSize: 4 }), relay(redisUrl, { batchSize: 4 })];

    let publishedByRounds = 0;
    const drain = async (instance: OutboxRelay) => {
      while ((await unpublishedCount()) > 0) {
        const round = await instance.publishPending();
        expect(round.error).toBeUndefined();
        publishedByRounds += round.published;
      }
    };
    await Promise.all([drain(first), drain(second)]);

    expect(publishedByRounds).toBe(ids.length);
    const jobs = await votingQueue.getWaiting(0, -1);
    // The waiting list, oldest first, is the order the relay added them in.
    expect(jobs.map((job) => job.id)).toEqual(ids);
    const envelope = jobs[0]?.data as EventEnvelope<'identity.resident-verified'>;
    expect(envelope).toMatchObject({ id: ids[0], name: 'identity.resident-verified', producer: 'identity' });
    expect(envelope.payload.jurisdictionCode).toBe('55025');
    expect(jobs[0]?.name).toBe('identity.resident-verified');
    expect(jobs[0]?.opts.attempts).toBeGreaterThan(1);
  });

  it('adds nothing when an event is published again after a crash (job id = event id)', async () => {
    const [id] = await writeEvents(1);
    await relay(redisUrl).publishPending();
    await dataSource.getRepository(OutboxEventEntity).update({ id }, { publishedAt: null });
    const again = await relay(redisUrl).publishPending();
    expect(again).toEqual({ published: 1 });
    expect(await votingQueue.getJobCounts('waiting')).toEqual({ waiting: 1 });
  });

  it('keeps events in the outbox while Redis is unreachable, and publishes them once it is back', async () => {
    const port = await freePort();
    const url = `redis://127.0.0.1:${port}`;
    const running = relay(url);
    running.start();

    // The write commits without Redis.
    const [id] = await writeEvents(1);
    if (!id) throw new Error('no event written');

    const failedFast = Date.now();
    await waitUntil(async () => (await outboxRow(id)).attempts >= 2, 10_000);
    expect(Date.now() - failedFast).toBeLessThan(8_000);
    const waiting = await outboxRow(id);
    expect(waiting.publishedAt).toBeNull();
    expect(waiting.lastError).toEqual(expect.any(String));

    const redis = await startRedis(port);
    try {
      await waitUntil(async () => (await outboxRow(id)).publishedAt !== null, 15_000);
      const connection = createRedis(url, 'producer');
      const queue = new Queue(QueueName.events('voting'), { connection });
      try {
        const jobs = await queue.getWaiting(0, -1);
        expect(jobs.map((job) => job.id)).toEqual([id]);
      } finally {
        await queue.close();
        connection.disconnect();
      }
    } finally {
      await running.stop();
      await redis.stop();
    }
  }, 40_000);
});

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run with jest -c jest.integration.config.js`);
  return value;
}

async function waitUntil(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await delay(50);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** A throw-away redis-server on `port`, for the outage test. */
async function startRedis(port: number): Promise<{ stop(): Promise<void> }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'relay-redis-'));
  const child: ChildProcess = spawn(
    'redis-server',
    ['--bind', '127.0.0.1', '--port', String(port), '--dir', dir, '--save', '', '--maxmemory-policy', 'noeviction'],
    { stdio: 'ignore' },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await waitUntil(
    () =>
      new Promise<boolean>((resolve) => {
        const socket = net.connect(port, '127.0.0.1');
        socket.once('connect', () => {
          socket.destroy();
          resolve(true);
        });
        socket.once('error', () => resolve(false));
      }),
    10_000,
  );
  return {
    async stop() {
      child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

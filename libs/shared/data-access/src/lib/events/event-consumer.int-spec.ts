import { randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { DataSource, type EntityManager } from 'typeorm';
import { eventsConsumedBy, QueueName, type EventEnvelope } from '@civic/contracts';
import { createRedis } from '@civic/platform';
import { serviceDataSourceOptions } from '../database';
import { InboxEventEntity } from '../outbox';
import { OutboxEventEntity } from '../outbox';
import { createOutboxAndInboxTables } from '../outbox';
import { applyEventOnce } from './apply-event-once';
import { EventConsumerModule } from './event-consumer.module';
import { EventHandlerRegistry } from './event-handler.registry';

const SCHEMA = 'consumer_int_spec';
const databaseUrl = requiredEnv('DATABASE_URL');
const redisUrl = requiredEnv('REDIS_URL');
const options = serviceDataSourceOptions(databaseUrl, {
  schema: SCHEMA,
  entities: [OutboxEventEntity, InboxEventEntity],
  migrations: [],
});

let dataSource: DataSource;

beforeAll(async () => {
  dataSource = new DataSource(options);
  await dataSource.initialize();
  await dataSource.query(`DROP SCHEMA IF EXISTS "${SCHEMA}" CASCADE`);
  await dataSource.query(`CREATE SCHEMA "${SCHEMA}"`);
  const runner = dataSource.createQueryRunner();
  await createOutboxAndInboxTables(runner, SCHEMA);
  await runner.release();
  // What the test handlers change: one row per application of an event.
  await dataSource.query(`CREATE TABLE "${SCHEMA}"."applied" ("event_id" uuid NOT NULL, "account_id" uuid NOT NULL)`);
});

beforeEach(async () => {
  await dataSource.query(`TRUNCATE "${SCHEMA}"."inbox_event", "${SCHEMA}"."applied"`);
});

afterAll(async () => {
  await dataSource?.query(`DROP SCHEMA IF EXISTS "${SCHEMA}" CASCADE`);
  await dataSource?.destroy();
});

function verifiedEnvelope(): EventEnvelope<'identity.resident-verified'> {
  return {
    id: randomUUID(),
    name: 'identity.resident-verified',
    producer: 'identity',
    occurredAt: new Date().toISOString(),
    payload: { accountId: randomUUID(), jurisdictionCode: '55025', method: 'voter-roll', verifiedAt: new Date().toISOString() },
  };
}

async function recordApplication(manager: EntityManager, eventId: string, accountId: string): Promise<void> {
  await manager.query(`INSERT INTO "${SCHEMA}"."applied" ("event_id", "account_id") VALUES ($1, $2)`, [eventId, accountId]);
}

async function counts(eventId: string): Promise<{ inbox: number; applied: number }> {
  const [row] = (await dataSource.query(
    `SELECT (SELECT count(*) FROM "${SCHEMA}"."inbox_event" WHERE "id" = $1)::int AS inbox,
            (SELECT count(*) FROM "${SCHEMA}"."applied" WHERE "event_id" = $1)::int AS applied`,
    [eventId],
  )) as Array<{ inbox: number; applied: number }>;
  return row ?? { inbox: -1, applied: -1 };
}

function registryWith(verified: (envelope: EventEnvelope<'identity.resident-verified'>, manager: EntityManager) => Promise<void>) {
  return new EventHandlerRegistry()
    .handler('identity.resident-verified', (_payload, envelope, manager) => verified(envelope, manager))
    .handler('identity.residency-revoked', async () => undefined);
}

describe('applyEventOnce', () => {
  it('applies a duplicated delivery once', async () => {
    const registry = registryWith((envelope, manager) => recordApplication(manager, envelope.id, envelope.payload.accountId));
    const envelope = verifiedEnvelope();
    const outcomes = [await applyEventOnce(dataSource, registry, envelope), await applyEventOnce(dataSource, registry, envelope)];
    expect(outcomes).toEqual(['applied', 'duplicate']);
    expect(await counts(envelope.id)).toEqual({ inbox: 1, applied: 1 });
  });

  it('applies concurrent duplicate deliveries once', async () => {
    const registry = registryWith((envelope, manager) => recordApplication(manager, envelope.id, envelope.payload.accountId));
    const envelope = verifiedEnvelope();
    const outcomes = await Promise.all([1, 2, 3].map(() => applyEventOnce(dataSource, registry, envelope)));
    expect(outcomes.sort()).toEqual(['applied', 'duplicate', 'duplicate']);
    expect(await counts(envelope.id)).toEqual({ inbox: 1, applied: 1 });
  });

  it('rolls back the inbox entry with a failing handler, so the retry applies the event', async () => {
    let calls = 0;
    const registry = registryWith(async (envelope, manager) => {
      calls += 1;
      await recordApplication(manager, envelope.id, envelope.payload.accountId);
      if (calls === 1) throw new Error('handler failed after writing');
    });
    const envelope = verifiedEnvelope();
    await expect(applyEventOnce(dataSource, registry, envelope)).rejects.toThrow('handler failed after writing');
    expect(await counts(envelope.id)).toEqual({ inbox: 0, applied: 0 });

    expect(await applyEventOnce(dataSource, registry, envelope)).toBe('applied');
    expect(await counts(envelope.id)).toEqual({ inbox: 1, applied: 1 });
  });
});

describe('EventConsumerModule', () => {
  let failuresLeft = 0;

  @Injectable()
  class TestHandlers implements OnModuleInit {
    constructor(private readonly registry: EventHandlerRegistry) {}
    onModuleInit(): void {
      this.registry
        .handler('identity.resident-verified', async (payload, envelope, manager) => {
          await recordApplication(manager, envelope.id, payload.accountId);
          if (failuresLeft > 0) {
            failuresLeft -= 1;
            throw new Error('transient failure');
          }
        })
        .handler('identity.residency-revoked', async () => undefined);
      // The rest of what the example service ("voting") subscribes to: not exercised here.
      for (const name of eventsConsumedBy('voting').filter((event) => !event.startsWith('identity.'))) this.registry.handler(name, async () => undefined);
    }
  }

  let app: TestingModule;
  let queue: Queue;
  const connection = createRedis(redisUrl, 'producer');

  beforeAll(async () => {
    queue = new Queue(QueueName.events('voting'), { connection });
    await queue.obliterate({ force: true });
    app = await Test.createTestingModule({
      imports: [TypeOrmModule.forRoot(options), EventConsumerModule.forRoot({ service: 'voting', redisUrl })],
      providers: [TestHandlers],
    }).compile();
    await app.init();
  });

  afterAll(async () => {
    await app?.close();
    await queue?.close();
    connection.disconnect();
  });

  it('applies an event delivered twice (two jobs, one event id) once', async () => {
    const envelope = verifiedEnvelope();
    await queue.add(envelope.name, envelope, { jobId: `${envelope.id}-first` });
    await queue.add(envelope.name, envelope, { jobId: `${envelope.id}-second` });
    await waitUntil(async () => (await queue.getJobCounts('completed')).completed === 2);
    expect(await counts(envelope.id)).toEqual({ inbox: 1, applied: 1 });
  });

  it('retries a failed delivery and applies it once', async () => {
    failuresLeft = 1;
    const envelope = verifiedEnvelope();
    await queue.add(envelope.name, envelope, { jobId: envelope.id, attempts: 3, backoff: { type: 'fixed', delay: 50 } });
    await waitUntil(async () => (await queue.getJob(envelope.id))?.finishedOn !== undefined);
    const job = await queue.getJob(envelope.id);
    expect(job?.attemptsMade).toBe(2);
    expect(await counts(envelope.id)).toEqual({ inbox: 1, applied: 1 });
  });

  it('refuses to start when a subscribed event has no handler', async () => {
    @Injectable()
    class IncompleteHandlers implements OnModuleInit {
      constructor(private readonly registry: EventHandlerRegistry) {}
      onModuleInit(): void {
        this.registry.handler('identity.resident-verified', async () => undefined);
      }
    }
    const incomplete = await Test.createTestingModule({
      imports: [TypeOrmModule.forRoot(options), EventConsumerModule.forRoot({ service: 'voting', redisUrl })],
      providers: [IncompleteHandlers],
    }).compile();
    try {
      await expect(incomplete.init()).rejects.toThrow(/subscribes to "identity.residency-revoked".*no handler/);
    } finally {
      // close() rethrows the failed start-up; release the pool it opened directly.
      await incomplete.get(DataSource).destroy();
    }
  });
});

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run with jest -c jest.integration.config.js`);
  return value;
}

async function waitUntil(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await delay(50);
  }
}

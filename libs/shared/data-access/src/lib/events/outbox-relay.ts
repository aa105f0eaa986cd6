import { Logger } from '@nestjs/common';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { DataSource, EntityManager } from 'typeorm';
import { EVENT_SUBSCRIBERS, QueueName, type EventEnvelope, type EventName, type ServiceName } from '@civic/contracts';
import { createRedis } from '@civic/platform';
import { OutboxEventEntity } from '../outbox';
import { errorMessage, eventJobOptions, withTimeout } from './event-delivery';

export interface OutboxRelayOptions {
  /** The producing service; its name goes into every envelope. */
  service: ServiceName;
  redisUrl: string;
  /** Pause between polls when the outbox is empty. */
  pollMs: number;
  /** Events taken per transaction. */
  batchSize?: number;
  /** Longest wait for Redis to accept one job before the round is given up. */
  publishTimeoutMs?: number;
  /** Ceiling of the pause between rounds while publishing keeps failing. */
  maxBackoffMs?: number;
}

export interface RelayRound {
  published: number;
  /** Why the round stopped early (Redis down, timeout); the event stays in the outbox. */
  error?: unknown;
}

/**
 * Moves events from a service's outbox to the queues of their subscribers. Writes never
 * wait for Redis: when it is down, events stay in the outbox (with attempts and the last
 * error recorded) and the relay retries with a growing pause until Redis is back.
 *
 * Delivery is at least once: a crash between adding a job and marking the row published
 * publishes it again, which BullMQ ignores (job id = event id) and the consumer's inbox
 * absorbs if the job was already trimmed.
 */
export class OutboxRelay {
  private readonly logger = new Logger('OutboxRelay');
  private readonly batchSize: number;
  private readonly publishTimeoutMs: number;
  private readonly maxBackoffMs: number;
  private readonly queues = new Map<ServiceName, Queue>();
  private redis: Redis | undefined;
  private redisDown = false;
  private running = false;
  private timer: NodeJS.Timeout | undefined;
  private round: Promise<void> | undefined;
  private consecutiveFailures = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly options: OutboxRelayOptions,
  ) {
    this.batchSize = options.batchSize ?? 100;
    this.publishTimeoutMs = options.publishTimeoutMs ?? 2_000;
    this.maxBackoffMs = options.maxBackoffMs ?? 5_000;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.schedule(0);
  }

  /** Stops polling, lets the round in progress finish, and closes the Redis connection. */
  async stop(): Promise<void> {
    this.running = false;
    clearTimeout(this.timer);
    await this.round;
    await Promise.all([...this.queues.values()].map((queue) => withTimeout(queue.close(), 2_000, 'closing queue').catch(() => undefined)));
    this.queues.clear();
    this.redis?.disconnect();
    this.redis = undefined;
  }

  /**
   * One round: in a single transaction, locks the oldest unpublished events, adds each to
   * its subscribers' queues in order of occurrence, and marks the ones that made it.
   * The first failure ends the round, so no event overtakes an earlier one.
   */
  async publishPending(): Promise<RelayRound> {
    return this.dataSource.transaction(async (manager) => {
      if (!(await this.takeRelayLock(manager))) return { published: 0 };
      const events = await manager
        .createQueryBuilder(OutboxEventEntity, 'event')
        .where('event.publishedAt IS NULL')
        .orderBy('event.position', 'ASC')
        .limit(this.batchSize)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();

      const published: string[] = [];
      let failure: { event: OutboxEventEntity; error: unknown } | undefined;
      for (const event of events) {
        try {
          await this.publish(event);
          published.push(event.id);
        } catch (error) {
          failure = { event, error };
          break;
        }
      }

      if (published.length > 0) {
        await manager
          .createQueryBuilder()
          .update(OutboxEventEntity)
          .set({ publishedAt: () => 'clock_timestamp()' })
          .whereInIds(published)
          .execute();
      }
      if (failure) {
        await manager
          .createQueryBuilder()
          .update(OutboxEventEntity)
          .set({ attempts: () => 'attempts + 1', lastError: errorMessage(failure.error).slice(0, 2_000) })
          .whereInIds([failure.event.id])
          .execute();
        return { published: published.length, error: failure.error };
      }
      return { published: published.length };
    });
  }

  /**
   * One relay per service works at a time (the others skip the round), which keeps
   * events in order of occurrence across replicas; row locks with SKIP LOCKED also keep
   * anything else that publishes from taking the same rows.
   */
  private async takeRelayLock(manager: EntityManager): Promise<boolean> {
    const table = manager.connection.getMetadata(OutboxEventEntity).tablePath;
    const rows: Array<{ locked: boolean }> = await manager.query('SELECT pg_try_advisory_xact_lock(hashtext($1)) AS locked', [`outbox-relay:${table}`]);
    return rows[0]?.locked === true;
  }

  private async publish(event: OutboxEventEntity): Promise<void> {
    const subscribers = (EVENT_SUBSCRIBERS as Partial<Record<string, readonly ServiceName[]>>)[event.name];
    if (!subscribers) throw new Error(`event "${event.name}" is not declared in EVENT_SUBSCRIBERS`);
    const envelope: EventEnvelope = {
      id: event.id,
      name: event.name as EventName,
      producer: this.options.service,
      occurredAt: event.occurredAt.toISOString(),
      payload: event.payload as EventEnvelope['payload'],
    };
    for (const subscriber of subscribers) {
      await withTimeout(
        this.queue(subscriber).add(envelope.name, envelope, eventJobOptions(envelope)),
        this.publishTimeoutMs,
        `publishing ${event.name} ${event.id} to ${QueueName.events(subscriber)}`,
      );
    }
  }

  private queue(subscriber: ServiceName): Queue {
    let queue = this.queues.get(subscriber);
    if (!queue) {
      queue = new Queue(QueueName.events(subscriber), { connection: this.connection() });
      // Connection errors also reach the failing add; this listener only keeps them from being unhandled.
      queue.on('error', () => undefined);
      this.queues.set(subscriber, queue);
    }
    return queue;
  }

  /** A producer connection: commands fail at once while Redis is down instead of queueing in memory. */
  private connection(): Redis {
    if (!this.redis) {
      const redis = createRedis(this.options.redisUrl, 'producer');
      redis.on('error', (error: unknown) => {
        if (!this.redisDown) this.logger.warn(`Redis unavailable, events wait in the outbox: ${errorMessage(error)}`);
        this.redisDown = true;
      });
      redis.on('ready', () => {
        if (this.redisDown) this.logger.log('Redis is back: relaying the outbox');
        this.redisDown = false;
      });
      this.redis = redis;
    }
    return this.redis;
  }

  private schedule(delayMs: number): void {
    if (!this.running) return;
    this.timer = setTimeout(() => {
      this.round = this.runRound().finally(() => {
        this.round = undefined;
      });
    }, delayMs);
  }

  private async runRound(): Promise<void> {
    let next = this.options.pollMs;
    try {
      const round = await this.publishPending();
      if (round.error === undefined) {
        this.consecutiveFailures = 0;
        if (round.published >= this.batchSize) next = 0;
      } else {
        next = this.backoffAfterFailure(round.error);
      }
    } catch (error) {
      next = this.backoffAfterFailure(error);
    }
    this.schedule(next);
  }

  private backoffAfterFailure(error: unknown): number {
    this.consecutiveFailures += 1;
    // Log the first failure and then every tenth, not one line per poll during an outage.
    if (this.consecutiveFailures === 1 || this.consecutiveFailures % 10 === 0) {
      this.logger.warn(`outbox relay round failed (${this.consecutiveFailures} in a row): ${errorMessage(error)}`);
    }
    return Math.min(this.options.pollMs * 2 ** this.consecutiveFailures, this.maxBackoffMs);
  }
}

import { DynamicModule, Global, Inject, Injectable, Logger, Module, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { eventsConsumedBy, QueueName, type EventEnvelope, type ServiceName } from '@civic/contracts';
import { createRedis } from '@civic/platform';
import { applyEventOnce, UnhandledEventError } from './apply-event-once';
import { errorMessage, withTimeout } from './event-delivery';
import { assertHandlersMatchSubscriptions, EventHandlerRegistry } from './event-handler.registry';

export interface EventConsumerOptions {
  service: ServiceName;
  redisUrl: string;
  /** Events applied at the same time. 1 keeps them in queue order. */
  concurrency?: number;
}

const EVENT_CONSUMER_OPTIONS = Symbol('EVENT_CONSUMER_OPTIONS');

/**
 * The BullMQ worker on the service's event queue. It starts only after every module has
 * registered its handlers and the set matches the service's subscriptions.
 */
@Injectable()
export class EventConsumerService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('EventConsumer');
  private worker: Worker<EventEnvelope> | undefined;
  private connection: Redis | undefined;
  private redisDown = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: EventHandlerRegistry,
    @Inject(EVENT_CONSUMER_OPTIONS) private readonly options: EventConsumerOptions,
  ) {}

  onApplicationBootstrap(): void {
    const { service } = this.options;
    assertHandlersMatchSubscriptions(service, eventsConsumedBy(service), this.registry);
    // The worker connection retries forever (maxRetriesPerRequest: null), so the worker
    // waits out a Redis outage and resumes by itself.
    this.connection = createRedis(this.options.redisUrl, 'worker');
    this.connection.on('error', () => undefined); // reported once through the worker's 'error' below
    const worker = new Worker<EventEnvelope>(QueueName.events(service), (job) => this.process(job), {
      connection: this.connection,
      concurrency: this.options.concurrency ?? 1,
      autorun: false,
    });
    worker.on('error', (error) => {
      if (!this.redisDown) this.logger.warn(`event queue unavailable, will keep retrying: ${errorMessage(error)}`);
      this.redisDown = true;
    });
    worker.on('ready', () => {
      if (this.redisDown) this.logger.log('event queue is back');
      this.redisDown = false;
    });
    worker.on('failed', (job, error) => {
      this.logger.warn(`event ${job?.data.name} ${job?.id} failed (attempt ${job?.attemptsMade}): ${error.message}`);
    });
    this.worker = worker;
    worker.run().catch((error: unknown) => this.logger.error(`event worker stopped: ${errorMessage(error)}`));
  }

  async onModuleDestroy(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) {
      // Let the event being applied finish; do not hang shutdown on an unreachable Redis.
      await withTimeout(worker.close(), 5_000, 'closing event worker').catch(() => worker.close(true));
    }
    this.connection?.disconnect();
    this.connection = undefined;
  }

  private async process(job: Job<EventEnvelope>): Promise<void> {
    try {
      const outcome = await applyEventOnce(this.dataSource, this.registry, job.data);
      if (outcome === 'duplicate') this.logger.debug(`event ${job.data.id} (${job.data.name}) already applied: skipped`);
    } catch (error) {
      // Retrying cannot help an event this service has no handler for.
      if (error instanceof UnhandledEventError) throw new UnrecoverableError(error.message);
      throw error;
    }
  }
}

/**
 * Consumes the service's event queue idempotently. Features inject `EventHandlerRegistry`
 * and register a handler per subscribed event; start-up fails on a missing or extra one.
 * Needs the app's TypeOrmModule (the default DataSource, with InboxEventEntity).
 */
@Global()
@Module({})
export class EventConsumerModule {
  static forRoot(options: EventConsumerOptions): DynamicModule {
    return {
      module: EventConsumerModule,
      providers: [
        { provide: EVENT_CONSUMER_OPTIONS, useValue: options },
        { provide: EventHandlerRegistry, useValue: new EventHandlerRegistry() },
        EventConsumerService,
      ],
      exports: [EventHandlerRegistry],
    };
  }
}

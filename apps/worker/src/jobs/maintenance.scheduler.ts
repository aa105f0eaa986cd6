import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { MAINTENANCE_JOB_RETRY, QueueName } from '@civic/contracts';
import { PRUNE_REFRESH_TOKENS_JOB, SEND_MAIL_JOB } from '@civic/identity-jobs';
import type { WorkerConfig } from '../config';

export const WORKER_CONFIG = Symbol('WORKER_CONFIG');

/**
 * Registers the repeating jobs. `upsertJobScheduler` is idempotent, so every worker
 * instance may call it at start-up and there is still one schedule per job.
 */
@Injectable()
export class MaintenanceScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(MaintenanceScheduler.name);

  constructor(
    @InjectQueue(QueueName.maintenance) private readonly queue: Queue,
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
  ) {}

  onApplicationBootstrap(): void {
    // Not awaited: a Redis that is down must not block start-up; BullMQ reconnects.
    this.queue
      .upsertJobScheduler(
        PRUNE_REFRESH_TOKENS_JOB,
        { every: this.config.PRUNE_REFRESH_TOKENS_EVERY_MS },
        {
          name: PRUNE_REFRESH_TOKENS_JOB,
          data: { revokedRetentionMs: this.config.REVOKED_REFRESH_TOKEN_RETENTION_HOURS * 3_600_000 },
          opts: { ...MAINTENANCE_JOB_RETRY, removeOnComplete: 100, removeOnFail: 500 },
        },
      )
      .then(() => this.logger.log(`scheduled ${PRUNE_REFRESH_TOKENS_JOB} every ${this.config.PRUNE_REFRESH_TOKENS_EVERY_MS} ms`))
      .catch((error: unknown) => this.logger.error(`could not schedule ${PRUNE_REFRESH_TOKENS_JOB}: ${String(error)}`));
    // Account mail: a run leases what is due, so overlapping runs never send one mail twice at once.
    this.queue
      .upsertJobScheduler(
        SEND_MAIL_JOB,
        { every: this.config.SEND_MAIL_EVERY_MS },
        { name: SEND_MAIL_JOB, data: { batchSize: 50 }, opts: { attempts: 1, removeOnComplete: 100, removeOnFail: 500 } },
      )
      .then(() => this.logger.log(`scheduled ${SEND_MAIL_JOB} every ${this.config.SEND_MAIL_EVERY_MS} ms`))
      .catch((error: unknown) => this.logger.error(`could not schedule ${SEND_MAIL_JOB}: ${String(error)}`));
  }
}

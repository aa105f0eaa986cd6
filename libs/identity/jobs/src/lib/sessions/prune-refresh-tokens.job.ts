import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { MaintenanceJobName, MaintenanceJobPayloads } from '@civic/contracts';
import { pruneRefreshTokens } from '@civic/identity-data-access';
import { IDENTITY_DATA_SOURCE } from '../identity-jobs.datasource';

export const PRUNE_REFRESH_TOKENS_JOB = 'identity.prune-refresh-tokens' satisfies MaintenanceJobName;

export type PruneRefreshTokensPayload = MaintenanceJobPayloads[typeof PRUNE_REFRESH_TOKENS_JOB];

/**
 * Deletes expired refresh tokens and revoked ones past their retention. Idempotent: a
 * retried or overlapping run deletes what is left and nothing else.
 */
@Injectable()
export class PruneRefreshTokensJob {
  readonly jobName = PRUNE_REFRESH_TOKENS_JOB;
  private readonly logger = new Logger(PruneRefreshTokensJob.name);

  constructor(@InjectDataSource(IDENTITY_DATA_SOURCE) private readonly dataSource: DataSource) {}

  async handle(payload: PruneRefreshTokensPayload): Promise<{ deleted: number }> {
    const deleted = await pruneRefreshTokens(this.dataSource, { revokedRetentionMs: payload.revokedRetentionMs, batchSize: 5_000 });
    if (deleted > 0) this.logger.log(`pruned ${deleted} refresh tokens`);
    return { deleted };
  }
}

import { PRUNE_REFRESH_TOKENS_JOB, type PruneRefreshTokensPayload } from '@civic/identity-jobs';

/**
 * Every job of the maintenance queue: name → payload. A job added here without a handler
 * (or with two) stops the worker at start-up.
 */
export interface MaintenanceJobPayloads {
  [PRUNE_REFRESH_TOKENS_JOB]: PruneRefreshTokensPayload;
}
export type MaintenanceJobName = keyof MaintenanceJobPayloads;

export const MAINTENANCE_JOB_NAMES: readonly MaintenanceJobName[] = [PRUNE_REFRESH_TOKENS_JOB];

/** Retry policy for maintenance jobs: a few tries; the next scheduled run covers the rest. */
export const MAINTENANCE_JOB_RETRY = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 5_000 },
} as const;

export interface MaintenanceJobHandler<N extends MaintenanceJobName = MaintenanceJobName> {
  readonly jobName: N;
  handle(payload: MaintenanceJobPayloads[N]): Promise<unknown>;
}

export const MAINTENANCE_JOB_HANDLERS = Symbol('MAINTENANCE_JOB_HANDLERS');

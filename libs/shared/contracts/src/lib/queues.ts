import type { ServiceName } from './services';

/**
 * Every BullMQ queue of the platform, in one place. Event queues are one per consuming
 * service; job queues are for scheduled and heavy work run by the worker.
 */
export const QueueName = {
  events: (service: ServiceName) => `events-${service}` as const,
  /** Scheduled and heavy jobs processed by the worker app. */
  maintenance: 'maintenance',
  /**
   * The resolutions service's own delayed jobs: stage deadlines (committee decisions,
   * board responses) and its yearly rules (carry-over). Processed by the resolutions service.
   */
  resolutionDeadlines: 'resolutions-deadlines',
  /** The voting service's own delayed jobs: questionnaires and roll calls opening and closing on schedule. */
  votingSchedule: 'voting-schedule',
} as const;

/** Retry policy for event delivery: many attempts, spreading out, so an outage heals. */
export const EVENT_DELIVERY_RETRY = {
  attempts: 25,
  backoff: { type: 'exponential', delay: 1_000 },
} as const;

/**
 * Jobs of the `maintenance` queue, run by the worker: name → payload. Each job's handler
 * lives in its service's jobs library; the worker refuses to start when a job here has no
 * handler, or two.
 */
export interface MaintenanceJobPayloads {
  /** Deletes expired refresh tokens and revoked ones older than the retention. */
  'identity.prune-refresh-tokens': { revokedRetentionMs: number };
  /** Sends the due mails of identity's mail outbox through SMTP, recording each try (repeats every few seconds). */
  'identity.send-mail': { batchSize: number };
  /**
   * Recounts a questionnaire from its stored ballots and paper totals and compares the
   * result with the live tally; the report (and any difference) is stored by voting.
   */
  'voting.recount': { year: number; requestedBy: string | null };
}
export type MaintenanceJobName = keyof MaintenanceJobPayloads;

export const MAINTENANCE_JOB_NAMES: readonly MaintenanceJobName[] = ['identity.prune-refresh-tokens', 'identity.send-mail', 'voting.recount'];

/** Retry policy for maintenance jobs: a few tries; the next scheduled run covers the rest. */
export const MAINTENANCE_JOB_RETRY = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 5_000 },
} as const;

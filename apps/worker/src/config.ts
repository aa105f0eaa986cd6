import { z } from 'zod';
import { env, loadConfig } from '@civic/util';

/** The worker's configuration: where its queues and the databases its jobs touch live. */
export const workerConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  /** Health endpoints only: the worker serves no API. */
  PORT: env.port(4005),
  DATABASE_URL: env.url().describe('PostgreSQL connection string'),
  REDIS_URL: env.url().describe('Redis connection string (redis://host:port)'),
  LOG_LEVEL: env.logLevel(),
  /** How often expired and revoked refresh tokens are pruned. */
  PRUNE_REFRESH_TOKENS_EVERY_MS: z.coerce
    .number()
    .int()
    .min(1_000)
    .default(60 * 60_000),
  /** How long revoked refresh tokens are kept before pruning (audit). */
  REVOKED_REFRESH_TOKEN_RETENTION_HOURS: z.coerce.number().min(0).default(24),
  /** Where account mail is sent: smtp://[user:pass@]host:port or smtps://…; unset, mail stays queued (npm start sets its embedded catcher). */
  SMTP_URL: z.preprocess((value) => (value === '' ? undefined : value), env.url().optional()),
  /** The From header of account mail. */
  MAIL_FROM: z.string().min(3).default('Civic Congress <no-reply@civic-congress.invalid>'),
  /** How often the mail outbox is sent. */
  SEND_MAIL_EVERY_MS: z.coerce.number().int().min(250).default(2_000),
  /** Maintenance jobs run at the same time at most. */
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).default(2),
});
export type WorkerConfig = z.infer<typeof workerConfigSchema>;

export function loadWorkerConfig(environment: Record<string, string | undefined> = process.env): WorkerConfig {
  return loadConfig(workerConfigSchema, environment);
}

import { z } from 'zod';
import { env, loadConfig } from '@civic/util';

/**
 * The configuration every subgraph service shares. Apps extend it with their own
 * variables and load it once at start-up through `loadServiceConfig`.
 */
export const serviceConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: env.url().describe('PostgreSQL connection string'),
  REDIS_URL: env.url().describe('Redis connection string (redis://host:port)'),
  LOG_LEVEL: env.logLevel(),
  /** Where access tokens' public keys are published (the identity service's JWKS). */
  AUTH_JWKS_URL: env.url(),
  AUTH_ISSUER: z.string().min(1).default('civic-congress'),
  AUTH_AUDIENCE: z.string().min(1).default('civic-congress'),
  /** How often the outbox relay looks for unpublished events, in milliseconds. */
  OUTBOX_POLL_MS: z.coerce.number().int().min(10).default(250),
});
export type ServiceConfig = z.infer<typeof serviceConfigSchema>;

export function loadServiceConfig<S extends z.ZodObject>(schema: S, environment: Record<string, string | undefined> = process.env): z.infer<S> {
  return loadConfig(schema, environment);
}

/** Injection token for the loaded configuration object of the running service. */
export const SERVICE_CONFIG = Symbol('SERVICE_CONFIG');

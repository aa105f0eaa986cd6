import { z } from 'zod';
import { env } from '@civic/util';
import { loadServiceConfig, serviceConfigSchema } from '@civic/platform';

export const resolutionsConfigSchema = serviceConfigSchema.extend({
  PORT: env.port(4003),
  /** How often overdue stages are swept for (a safety net behind the delayed deadline jobs). */
  DEADLINE_SWEEP_MS: z.coerce.number().int().min(1_000).default(60_000),
  /** When the yearly carry-over into the next cycle runs (cron). */
  CARRY_OVER_CRON: z.string().min(9).default('0 6 1 7 *'),
  CARRY_OVER_TIME_ZONE: z.string().min(1).default('America/Chicago'),
});
export type ResolutionsConfig = ReturnType<typeof loadResolutionsConfig>;

export function loadResolutionsConfig(environment: Record<string, string | undefined> = process.env) {
  return loadServiceConfig(resolutionsConfigSchema, environment);
}

import { env } from '@civic/util';
import { loadServiceConfig, serviceConfigSchema } from '@civic/platform';

export const resolutionsConfigSchema = serviceConfigSchema.extend({ PORT: env.port(4003) });
export type ResolutionsConfig = ReturnType<typeof loadResolutionsConfig>;

export function loadResolutionsConfig(environment: Record<string, string | undefined> = process.env) {
  return loadServiceConfig(resolutionsConfigSchema, environment);
}

import { env } from '@civic/util';
import { loadServiceConfig, serviceConfigSchema } from '@civic/platform';

export const assembliesConfigSchema = serviceConfigSchema.extend({ PORT: env.port(4002) });
export type AssembliesConfig = ReturnType<typeof loadAssembliesConfig>;

export function loadAssembliesConfig(environment: Record<string, string | undefined> = process.env) {
  return loadServiceConfig(assembliesConfigSchema, environment);
}

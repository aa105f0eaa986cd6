import { env } from '@civic/util';
import { loadServiceConfig, serviceConfigSchema } from '@civic/platform';

export const votingConfigSchema = serviceConfigSchema.extend({ PORT: env.port(4004) });
export type VotingConfig = ReturnType<typeof loadVotingConfig>;

export function loadVotingConfig(environment: Record<string, string | undefined> = process.env) {
  return loadServiceConfig(votingConfigSchema, environment);
}

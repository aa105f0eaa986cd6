import { z } from 'zod';
import { env, loadConfig } from '@civic/util';

const subgraphUrl = (port: number) => env.url().default(`http://127.0.0.1:${port}/graphql`);
const positiveInt = (fallback: number) => z.coerce.number().int().min(1).default(fallback);

/**
 * The gateway's configuration: where each subgraph answers and how much work one request
 * may ask for. Loaded once in main.ts; a bad value stops start-up with the variable's name.
 */
export const gatewayConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: env.port(4000),
  LOG_LEVEL: env.logLevel(),
  IDENTITY_URL: subgraphUrl(4001),
  ASSEMBLIES_URL: subgraphUrl(4002),
  RESOLUTIONS_URL: subgraphUrl(4003),
  VOTING_URL: subgraphUrl(4004),
  /** Deepest selection nesting accepted. */
  MAX_DEPTH: positiveInt(12),
  /** Most aliases in one operation (aliases multiply the work of one field). */
  MAX_ALIASES: positiveInt(15),
  /** Largest estimated cost (graphql-armor's cost model: objects 2, scalars 1, deeper costs more). */
  MAX_COST: positiveInt(5000),
  /** Most lexical tokens in a document, checked while parsing. */
  MAX_TOKENS: positiveInt(2000),
  /**
   * Largest request body, in body-parser notation ('100kb', '1mb'). Large enough for a
   * county's voter roll sent to importVoterRoll (identity accepts up to 4 MiB of CSV).
   */
  BODY_LIMIT: z
    .string()
    .regex(/^\d+(b|kb|mb)$/i, 'use a size such as 100kb or 1mb')
    .default('5mb'),
});
export type GatewayConfig = z.infer<typeof gatewayConfigSchema>;

export function loadGatewayConfig(environment: Record<string, string | undefined> = process.env): GatewayConfig {
  return loadConfig(gatewayConfigSchema, environment);
}

/** The configured URL of each subgraph, by the name it has in the supergraph. */
export function subgraphUrls(config: GatewayConfig): Record<string, string> {
  return {
    identity: config.IDENTITY_URL,
    assemblies: config.ASSEMBLIES_URL,
    resolutions: config.RESOLUTIONS_URL,
    voting: config.VOTING_URL,
  };
}

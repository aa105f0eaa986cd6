import 'reflect-metadata';
import type { Provider } from '@nestjs/common';
import { buildSubgraphSdl } from './schema-tools';

/**
 * Prints one subgraph's SDL on stdout. Run once per subgraph, each in its own process:
 * Nest keeps code-first type metadata in a process-wide store, so loading two features
 * together would mix their types (and their `Jurisdiction` stubs) into one schema.
 */
async function resolversOf(name: string): Promise<Provider[]> {
  switch (name) {
    case 'identity':
      return (await import('@civic/identity-feature')).identityResolvers;
    case 'assemblies':
      return (await import('@civic/assemblies-feature')).assembliesResolvers;
    case 'resolutions':
      return (await import('@civic/resolutions-feature')).resolutionsResolvers;
    case 'voting':
      return (await import('@civic/voting-feature')).votingResolvers;
    default:
      throw new Error(`unknown subgraph "${name}"`);
  }
}

async function main(): Promise<void> {
  const name = process.argv[2] ?? '';
  const sdl = await buildSubgraphSdl(await resolversOf(name));
  process.stdout.write(sdl);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);

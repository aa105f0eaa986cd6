import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { SERVICE_NAMES } from '@civic/contracts';
import { composeSupergraph, describeDrift, type SubgraphSdl } from './schema-tools';

/**
 * The schema is an artifact: each subgraph's SDL (apps/<svc>/schema.graphql) and the
 * composed supergraph the gateway serves (apps/gateway/supergraph.graphql) are generated
 * from the code and committed.
 *
 *   npm run schema:generate   writes them
 *   npm run schema:check      exits 1, with a summary, when the committed files differ
 */
const ROOT = join(__dirname, '..', '..');
const run = promisify(execFile);

// Supergraph URLs are the development defaults; the gateway replaces them from its config.
const PORTS: Record<string, number> = { identity: 4001, assemblies: 4002, resolutions: 4003, voting: 4004 };

/** One process per subgraph (see print-subgraph.ts), all at once. */
async function printSubgraph(name: string): Promise<string> {
  try {
    const { stdout } = await run(process.execPath, [join(ROOT, 'tools', 'run-ts.js'), join(__dirname, 'print-subgraph.ts'), name], {
      cwd: ROOT,
      maxBuffer: 32 * 1024 * 1024,
    });
    return stdout;
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? String(error);
    throw new Error(`Could not build the ${name} subgraph's schema:\n${stderr.trim()}`);
  }
}

async function main(): Promise<number> {
  const check = process.argv.includes('--check');
  const sdls = await Promise.all(SERVICE_NAMES.map((name) => printSubgraph(name)));
  const subgraphs: SubgraphSdl[] = SERVICE_NAMES.map((name, i) => ({
    name,
    url: `http://127.0.0.1:${PORTS[name] ?? 0}/graphql`,
    sdl: sdls[i] ?? '',
  }));
  const files = new Map<string, string>(subgraphs.map(({ name, sdl }) => [join(ROOT, 'apps', name, 'schema.graphql'), sdl]));
  files.set(join(ROOT, 'apps', 'gateway', 'supergraph.graphql'), composeSupergraph(subgraphs));

  if (!check) {
    for (const [path, content] of files) writeFileSync(path, content);
    console.log(`schema: wrote ${[...files.keys()].map((p) => relative(ROOT, p)).join(', ')}`);
    return 0;
  }
  const drifted: string[] = [];
  for (const [path, generated] of files) {
    const committed = existsSync(path) ? readFileSync(path, 'utf8') : '';
    if (committed === generated) continue;
    drifted.push(`${relative(ROOT, path)}${committed ? '' : ' (missing)'}\n${describeDrift(committed, generated)}`);
  }
  if (drifted.length === 0) {
    console.log(`schema: ${files.size} files match the code`);
    return 0;
  }
  console.error(`schema: the committed schema differs from the code in ${drifted.length} file(s):\n\n${drifted.join('\n\n')}\n`);
  console.error('Run `npm run schema:generate` and commit the result.');
  return 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);

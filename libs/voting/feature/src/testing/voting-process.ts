import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as delay } from 'node:timers/promises';
import { graphqlClient } from '@civic/testing';

/**
 * Support for integration specs that need voting as a real OS process (kill -9, restart);
 * not exported from the library. A library may not import tools/stack (module boundaries),
 * so this is the small part of its ProcessGroup such a spec needs.
 */

const ROOT_DIR = path.resolve(__dirname, '..', '..', '..', '..', '..');
const TAIL_LINES = 40;

export interface VotingProcessOptions {
  databaseUrl: string;
  /** The harness's Redis; the process gets a database number of its own on it. */
  redisUrl: string;
  /** AUTH_JWKS_URL, AUTH_ISSUER, AUTH_AUDIENCE: a TestTokenIssuer's `authEnv()`. */
  authEnv: Record<string, string>;
  /** One log file per start goes here. */
  logDir: string;
  readyTimeoutMs?: number;
}

export interface VotingProcess {
  /** http://127.0.0.1:<port>; the same across restarts. */
  readonly url: string;
  /** POSTs to the process's /graphql (rejects when the connection fails). */
  readonly gql: ReturnType<typeof graphqlClient>;
  /** The pid of the process running now. */
  pid(): number;
  /** kill -9, then waits until the process is gone. */
  kill(): Promise<void>;
  /** Starts the service again on the same port and database, and waits until it is ready. */
  restart(): Promise<void>;
  /** Stops every process it started, by pid (SIGTERM, then SIGKILL after a grace period). */
  stop(): Promise<void>;
}

/**
 * Runs apps/voting/src/main.ts as a child process the way `npm start` does
 * (tools/run-ts.js, NODE_ENV=production), bound to 127.0.0.1, against the given database.
 * Its Redis is a separate database number (13) of the harness's Redis: the process
 * consumes and relays voting's queues (events, schedule), which must not reach the queues
 * the in-process test apps of other spec files use.
 */
export async function startVotingProcess(options: VotingProcessOptions): Promise<VotingProcess> {
  mkdirSync(options.logDir, { recursive: true });
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const redisUrl = new URL(options.redisUrl);
  redisUrl.pathname = '/13';
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATABASE_URL: options.databaseUrl,
    REDIS_URL: redisUrl.toString(),
    LOG_LEVEL: 'warn',
    ...options.authEnv,
  };
  const started: ChildProcess[] = [];

  const start = async () => {
    const log = path.join(options.logDir, `voting-${started.length + 1}.log`);
    const sink = createWriteStream(log, { flags: 'a' });
    const child = spawn(process.execPath, [path.join(ROOT_DIR, 'tools', 'run-ts.js'), 'apps/voting/src/main.ts'], {
      cwd: ROOT_DIR,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    started.push(child);
    const tail: string[] = [];
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => {
        tail.push(line);
        if (tail.length > TAIL_LINES) tail.shift();
        sink.write(line + '\n');
      });
    }
    child.once('exit', () => sink.end());
    const deadline = Date.now() + (options.readyTimeoutMs ?? 60_000);
    let last = 'no answer yet';
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`voting exited before it was ready (log: ${log})\n${tail.join('\n')}`);
      try {
        const response = await fetch(`${url}/health/ready`, { signal: AbortSignal.timeout(2_000) });
        if (response.ok) return;
        last = `HTTP ${response.status}`;
      } catch (error) {
        last = (error as Error).message;
      }
      if (Date.now() > deadline)
        throw new Error(`voting was not ready within ${options.readyTimeoutMs ?? 60_000} ms (${last}; log: ${log})\n${tail.join('\n')}`);
      await delay(150);
    }
  };
  const stop = async () => {
    for (const child of [...started].reverse()) if (child.pid !== undefined) await stopPid(child.pid);
  };

  try {
    await start();
  } catch (error) {
    await stop();
    throw error;
  }

  return {
    url,
    gql: graphqlClient(`${url}/graphql`),
    pid: () => {
      const pid = started[started.length - 1]?.pid;
      if (pid === undefined) throw new Error('the voting process did not start');
      return pid;
    },
    kill: async () => {
      const pid = started[started.length - 1]?.pid;
      if (pid === undefined) return;
      process.kill(pid, 'SIGKILL');
      if (!(await waitGone(pid, 10_000))) throw new Error(`voting (pid ${pid}) is still there 10 s after SIGKILL`);
    },
    restart: start,
    stop,
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitGone(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) return false;
    await delay(20);
  }
  return true;
}

/** SIGTERM, then SIGKILL if it is still there after the grace period. */
async function stopPid(pid: number, graceMs = 10_000): Promise<void> {
  try {
    process.kill(pid, 'SIGTERM');
    if (await waitGone(pid, graceMs)) return;
    process.kill(pid, 'SIGKILL');
    await waitGone(pid, 5_000);
  } catch {
    // ESRCH: it was already gone.
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen({ port: 0, host: '127.0.0.1', exclusive: true }, () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port assigned'))));
    });
  });
}

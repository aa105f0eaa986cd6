import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import net from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { stopPid } from './processes';

export const REDIS_MISSING_MESSAGE = [
  'redis-server was not found on the PATH, and REDIS_URL is not set.',
  'Install Redis (Debian/Ubuntu: sudo apt-get install -y redis-server; macOS: brew install redis)',
  'or point the platform at a running Redis with REDIS_URL=redis://host:6379.',
].join('\n');

/** Thrown when we would have to start Redis ourselves but it is not installed. */
export class RedisNotInstalledError extends Error {
  constructor() {
    super(REDIS_MISSING_MESSAGE);
    this.name = 'RedisNotInstalledError';
  }
}

export function redisServerAvailable(): boolean {
  return spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
}

export interface RedisServerOptions {
  port: number;
  dataDir: string;
  /** Where redis-server's own log goes; inherited by nothing when omitted. */
  logFile?: string;
  /** Keep running when the starting process exits (tests restart Redis from another process). */
  detached?: boolean;
}

export interface RunningRedis {
  url: string;
  port: number;
  pid: number;
  stop(): Promise<void>;
}

/**
 * The flags queues need: noeviction (BullMQ loses jobs otherwise) and append-only
 * persistence, so a restart keeps queued events. RDB snapshots are off: the AOF is enough.
 */
export function redisServerArgs(port: number, dataDir: string): string[] {
  return [
    '--bind',
    '127.0.0.1',
    '--port',
    String(port),
    '--dir',
    dataDir,
    '--appendonly',
    'yes',
    '--maxmemory-policy',
    'noeviction',
    '--save',
    '',
    '--protected-mode',
    'yes',
  ];
}

export async function startRedisServer(options: RedisServerOptions): Promise<RunningRedis> {
  if (!redisServerAvailable()) throw new RedisNotInstalledError();
  mkdirSync(options.dataDir, { recursive: true });
  const child: ChildProcess = spawn('redis-server', redisServerArgs(options.port, options.dataDir), {
    stdio: ['ignore', options.logFile ? 'pipe' : 'ignore', options.logFile ? 'pipe' : 'ignore'],
    detached: options.detached ?? false,
  });
  if (options.logFile) {
    const log = createWriteStream(options.logFile, { flags: 'a' });
    child.stdout?.pipe(log);
    child.stderr?.pipe(log);
  }
  if (options.detached) child.unref();
  const pid = child.pid;
  if (pid === undefined) throw new Error('redis-server could not be spawned');

  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  try {
    await waitForRedis(options.port, 10_000, () => exited);
  } catch (error) {
    await stopPid(pid);
    throw error;
  }
  return {
    url: `redis://127.0.0.1:${options.port}`,
    port: options.port,
    pid,
    stop: () => stopPid(pid, { graceMs: 10_000 }),
  };
}

/** Resolves once Redis answers PING with PONG (not LOADING, while it replays the AOF). */
export async function waitForRedis(port: number, timeoutMs: number, gaveUp: () => boolean = () => false): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (gaveUp()) throw new Error(`redis-server on port ${port} exited while starting`);
    if (await pingRedis(port)) return;
    if (Date.now() > deadline) throw new Error(`redis-server on port ${port} did not answer PING within ${timeoutMs} ms`);
    await delay(50);
  }
}

function pingRedis(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    let reply = '';
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1_000, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk) => {
      reply += chunk.toString('utf8');
      if (reply.includes('\r\n')) done(reply.startsWith('+PONG'));
    });
  });
}

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { assertRedisSafeForQueues, inspectRedisForQueues, UnsafeRedisError } from './redis-queue-safety';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

describe('Redis queue safety (real redis-server)', () => {
  it('accepts the harness Redis (noeviction, append-only)', async () => {
    const redis = new Redis(process.env['REDIS_URL']!, { maxRetriesPerRequest: 1 });
    try {
      await expect(inspectRedisForQueues(redis)).resolves.toMatchObject({ evictionPolicy: 'noeviction', appendOnly: true, problems: [] });
      await expect(assertRedisSafeForQueues(redis)).resolves.toBeUndefined();
    } finally {
      redis.disconnect();
    }
  });

  describe('against a Redis that may evict', () => {
    let server: ChildProcess;
    let dir: string;
    let port: number;

    beforeAll(async () => {
      dir = mkdtempSync(path.join(tmpdir(), 'civic-unsafe-redis-'));
      port = await freePort();
      server = spawn(
        'redis-server',
        ['--bind', '127.0.0.1', '--port', String(port), '--dir', dir, '--save', '', '--appendonly', 'no', '--maxmemory-policy', 'allkeys-lru'],
        { stdio: 'ignore' },
      );
      const probe = new Redis({ port, host: '127.0.0.1', retryStrategy: () => 50, maxRetriesPerRequest: null });
      await probe.ping();
      probe.disconnect();
    });

    afterAll(() => {
      server.kill('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    });

    it('refuses, saying which settings to change', async () => {
      const redis = new Redis({ port, host: '127.0.0.1', maxRetriesPerRequest: 1 });
      try {
        const error = await assertRedisSafeForQueues(redis).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(UnsafeRedisError);
        expect((error as Error).message).toMatch(/maxmemory-policy noeviction/);
        expect((error as Error).message).toMatch(/appendonly yes/);
      } finally {
        redis.disconnect();
      }
    });
  });
});

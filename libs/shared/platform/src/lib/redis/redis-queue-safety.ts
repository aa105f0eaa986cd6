import type { Redis } from 'ioredis';

export interface RedisQueueSafety {
  evictionPolicy: string;
  appendOnly: boolean;
  problems: string[];
}

/**
 * Reads the settings that decide whether Redis may lose queue data. Uses INFO rather
 * than CONFIG GET, which managed Redis services often forbid.
 */
export async function inspectRedisForQueues(redis: Redis): Promise<RedisQueueSafety> {
  const memory = parseInfo(await redis.info('memory'));
  const persistence = parseInfo(await redis.info('persistence'));
  const evictionPolicy = memory.get('maxmemory_policy') ?? 'unknown';
  const appendOnly = persistence.get('aof_enabled') === '1';
  const problems: string[] = [];
  if (evictionPolicy !== 'noeviction') {
    problems.push(
      `maxmemory-policy is "${evictionPolicy}": Redis may evict queued events. Set "maxmemory-policy noeviction" in redis.conf (or run CONFIG SET maxmemory-policy noeviction).`,
    );
  }
  if (!appendOnly) {
    problems.push(
      'append-only persistence is off: queued events would be lost in a crash. Set "appendonly yes" in redis.conf (or run CONFIG SET appendonly yes).',
    );
  }
  return { evictionPolicy, appendOnly, problems };
}

export function parseInfo(info: string): Map<string, string> {
  const entries = new Map<string, string>();
  for (const line of info.split(/\r?\n/)) {
    const separator = line.indexOf(':');
    if (separator > 0 && !line.startsWith('#')) entries.set(line.slice(0, separator), line.slice(separator + 1).trim());
  }
  return entries;
}

export class UnsafeRedisError extends Error {
  override readonly name = 'UnsafeRedisError';
  constructor(problems: string[]) {
    super(`Refusing to start: this Redis would lose queue data.\n  - ${problems.join('\n  - ')}`);
  }
}

/** Throws when Redis is configured so that queue data could be lost. */
export async function assertRedisSafeForQueues(redis: Redis): Promise<void> {
  const { problems } = await inspectRedisForQueues(redis);
  if (problems.length > 0) throw new UnsafeRedisError(problems);
}

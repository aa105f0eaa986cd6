import { Redis, type RedisOptions } from 'ioredis';

/**
 * Options for the connections BullMQ uses. Workers must retry forever
 * (`maxRetriesPerRequest: null`); producers fail fast instead of queueing commands
 * in memory while Redis is down, so callers (the outbox relay) know to try later.
 */
export function redisOptions(url: string, role: 'worker' | 'producer' | 'client'): RedisOptions {
  const parsed = new URL(url);
  const base: RedisOptions = {
    host: parsed.hostname,
    port: Number(parsed.port || 6379),
    ...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}),
    ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
    ...(parsed.pathname.length > 1 ? { db: Number(parsed.pathname.slice(1)) } : {}),
    ...(parsed.protocol === 'rediss:' ? { tls: {} } : {}),
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
    lazyConnect: false,
  };
  switch (role) {
    case 'worker':
      return { ...base, maxRetriesPerRequest: null };
    case 'producer':
      return { ...base, maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2_000 };
    case 'client':
      return { ...base, maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2_000 };
  }
}

export function createRedis(url: string, role: 'worker' | 'producer' | 'client'): Redis {
  return new Redis(redisOptions(url, role));
}

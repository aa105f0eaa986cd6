import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { REDIS_CLIENT } from '@civic/platform';

/**
 * Fixed-window counters in Redis for requests that must not be repeated at will: mails
 * asked for (verification resends, password resets), wrong tokens per address, wrong voter
 * codes per account. When Redis is down it lets requests through — the per-token and
 * per-code attempt limits in PostgreSQL still hold — rather than refusing everyone.
 */
@Injectable()
export class RequestThrottle {
  private readonly logger = new Logger(RequestThrottle.name);

  constructor(@Inject(REDIS_CLIENT) private readonly redis: Redis) {}

  /** True when the counter already reached `limit` in its window. */
  async isOver(key: string, limit: number): Promise<boolean> {
    const count = await this.safely(() => this.redis.get(this.key(key)));
    return Number(count ?? 0) >= limit;
  }

  /** Counts one event; true when this one goes past `limit`. */
  async hit(key: string, limit: number, windowSeconds: number): Promise<boolean> {
    const result = await this.safely(() => this.redis.multi().incr(this.key(key)).expire(this.key(key), windowSeconds, 'NX').exec());
    const count = Number(result?.[0]?.[1] ?? 0);
    return count > limit;
  }

  private key(key: string): string {
    return `identity:throttle:${key}`;
  }

  private async safely<T>(operation: () => Promise<T>): Promise<T | undefined> {
    if (this.redis.status !== 'ready') return undefined;
    try {
      return await operation();
    } catch (error) {
      this.logger.warn(`throttle skipped, Redis unavailable: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  }
}

import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { REDIS_CLIENT } from '@civic/platform';
import { IDENTITY_FEATURE_OPTIONS, type IdentityFeatureOptions } from '../identity-feature.options';

/**
 * Counts failed sign-ins per client IP and per email in Redis, in fixed windows. It
 * complements the per-account lockout (which lives in Postgres): it also slows down
 * guessing across many emails from one address. When Redis is down it lets sign-ins
 * through — the lockout still applies — rather than locking everybody out.
 */
@Injectable()
export class SignInThrottle {
  private readonly logger = new Logger(SignInThrottle.name);

  constructor(
    @Inject(REDIS_CLIENT) private readonly redis: Redis,
    @Inject(IDENTITY_FEATURE_OPTIONS) private readonly options: IdentityFeatureOptions,
  ) {}

  /** True when either counter is already at its limit. */
  async isThrottled(ip: string, email: string): Promise<boolean> {
    const { maxFailuresPerIp, maxFailuresPerEmail } = this.options.throttle;
    const counts = await this.safely(() => this.redis.mget(this.ipKey(ip), this.emailKey(email)));
    if (!counts) return false;
    return Number(counts[0] ?? 0) >= maxFailuresPerIp || Number(counts[1] ?? 0) >= maxFailuresPerEmail;
  }

  async recordFailure(ip: string, email: string): Promise<void> {
    const window = this.options.throttle.windowSeconds;
    await this.safely(() =>
      this.redis.multi().incr(this.ipKey(ip)).expire(this.ipKey(ip), window, 'NX').incr(this.emailKey(email)).expire(this.emailKey(email), window, 'NX').exec(),
    );
  }

  private ipKey(ip: string): string {
    return `identity:sign-in-failures:ip:${ip}`;
  }

  private emailKey(email: string): string {
    return `identity:sign-in-failures:email:${email}`;
  }

  private async safely<T>(operation: () => Promise<T>): Promise<T | undefined> {
    if (this.redis.status !== 'ready') return undefined;
    try {
      return await operation();
    } catch (error) {
      this.logger.warn(`sign-in throttle skipped, Redis unavailable: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  }
}

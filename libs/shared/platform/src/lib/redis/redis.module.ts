import { DynamicModule, Global, Inject, Injectable, Logger, Module, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { createRedis } from './redis-connection';
import { inspectRedisForQueues, UnsafeRedisError } from './redis-queue-safety';

export const REDIS_CLIENT = Symbol('REDIS_CLIENT');

/**
 * Checks, at start-up and whenever Redis comes back, that it will not lose queue data.
 * A service never starts against an unsafe Redis; a Redis that is merely down does not
 * stop it (events wait in the outbox).
 */
@Injectable()
class RedisQueueSafetyCheck implements OnModuleInit {
  private readonly logger = new Logger('Redis');
  constructor(@Inject(REDIS_CLIENT) private readonly redis: Redis) {}

  async onModuleInit(): Promise<void> {
    this.redis.on('ready', () => {
      this.check().catch((error: unknown) => {
        this.logger.fatal(error instanceof Error ? error.message : String(error));
        process.exit(1);
      });
    });
    if (this.redis.status === 'ready') {
      await this.check();
      return;
    }
    const ready = await waitForReady(this.redis, 3_000);
    if (ready) await this.check();
    else this.logger.warn('Redis is not reachable yet: starting anyway; events wait in the outbox until it is back.');
  }

  private async check(): Promise<void> {
    const { problems } = await inspectRedisForQueues(this.redis);
    if (problems.length > 0) throw new UnsafeRedisError(problems);
  }
}

@Injectable()
class RedisCloser implements OnApplicationShutdown {
  constructor(@Inject(REDIS_CLIENT) private readonly redis: Redis) {}
  onApplicationShutdown(): void {
    this.redis.disconnect();
  }
}

function waitForReady(redis: Redis, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      redis.off('ready', onReady);
      resolve(false);
    }, timeoutMs);
    const onReady = () => {
      clearTimeout(timer);
      resolve(true);
    };
    redis.once('ready', onReady);
  });
}

@Global()
@Module({})
export class RedisModule {
  static forRoot(url: string): DynamicModule {
    return {
      module: RedisModule,
      providers: [{ provide: REDIS_CLIENT, useFactory: () => createRedis(url, 'client') }, RedisQueueSafetyCheck, RedisCloser],
      exports: [REDIS_CLIENT],
    };
  }
}

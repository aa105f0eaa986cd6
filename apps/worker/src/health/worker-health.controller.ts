import { Controller, Get, HttpException, HttpStatus, Inject } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { REDIS_CLIENT } from '@civic/platform';

/** Liveness: the process runs. Readiness: Redis, where the jobs come from, answers. */
@Controller('health')
export class WorkerHealthController {
  constructor(@Inject(REDIS_CLIENT) private readonly redis: Redis) {}

  @Get('live')
  live(): { status: 'up' } {
    return { status: 'up' };
  }

  @Get('ready')
  async ready(): Promise<{ status: 'up'; checks: { redis: { status: 'up' } } }> {
    try {
      await Promise.race([this.redis.ping(), new Promise((_, reject) => setTimeout(() => reject(new Error('no answer within 1500 ms')), 1_500).unref())]);
    } catch (error) {
      throw new HttpException(
        { status: 'down', checks: { redis: { status: 'down', error: error instanceof Error ? error.message : String(error) } } },
        HttpStatus.SERVICE_UNAVAILABLE,
      );
    }
    return { status: 'up', checks: { redis: { status: 'up' } } };
  }
}

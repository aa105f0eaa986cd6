import { Controller, Get, HttpCode, HttpException, HttpStatus, Inject } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { Public } from '../auth';
import { REDIS_CLIENT } from '../redis';

type CheckResult = { status: 'up' } | { status: 'down'; error: string };

/**
 * Liveness says the process is running; readiness says it can serve: its database and
 * its Redis both answer. Orchestrators route traffic on readiness and restart on liveness.
 */
@Public()
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(REDIS_CLIENT) private readonly redis: Redis,
  ) {}

  @Get('live')
  @HttpCode(HttpStatus.OK)
  live(): { status: 'up' } {
    return { status: 'up' };
  }

  @Get('ready')
  async ready(): Promise<{ status: 'up'; checks: Record<string, CheckResult> }> {
    const checks = {
      postgres: await probe(() => this.dataSource.query('SELECT 1')),
      redis: await probe(() => this.redis.ping()),
    };
    if (Object.values(checks).some((check) => check.status === 'down')) {
      throw new HttpException({ status: 'down', checks }, HttpStatus.SERVICE_UNAVAILABLE);
    }
    return { status: 'up', checks };
  }
}

async function probe(check: () => Promise<unknown>, timeoutMs = 1_500): Promise<CheckResult> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      check(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    return { status: 'up' };
  } catch (error) {
    return { status: 'down', error: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}

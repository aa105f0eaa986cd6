import { Module } from '@nestjs/common';
import { HealthController } from './health.controller';

/** `/health/live` and `/health/ready`. Needs TypeOrmModule and RedisModule in the app. */
@Module({ controllers: [HealthController] })
export class HealthModule {}

import { Module } from '@nestjs/common';
import { RequestThrottle } from './request-throttle.service';

/** Rate limits of account mail, tokens and voter codes (Redis counters). */
@Module({
  providers: [RequestThrottle],
  exports: [RequestThrottle],
})
export class LimitsModule {}

import type { DynamicModule, Type } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { DataSourceOptions } from 'typeorm';
import { HealthModule } from '../health';
import { LoggingModule } from '../logging';
import { RedisModule } from '../redis';
import { SubgraphGraphQLModule } from '../graphql';

export interface SubgraphFoundationOptions {
  service: string;
  logLevel: string;
  dataSource: DataSourceOptions;
  redisUrl: string;
}

/**
 * What every subgraph service stands on: JSON logs, its database, a queue-safe Redis, the
 * GraphQL endpoint and health checks. Apps add authentication, events and their feature.
 */
export function subgraphFoundation(options: SubgraphFoundationOptions): Array<DynamicModule | Type<unknown>> {
  return [
    LoggingModule.forRoot({ service: options.service, level: options.logLevel }),
    TypeOrmModule.forRoot(options.dataSource),
    RedisModule.forRoot(options.redisUrl),
    SubgraphGraphQLModule,
    HealthModule,
  ];
}

import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { identityDataSourceOptions } from '@civic/identity-data-access';
import { IDENTITY_DATA_SOURCE } from './identity-jobs.datasource';
import { PruneRefreshTokensJob } from './sessions';

/**
 * The identity service's background jobs, for the worker app. It opens its own small pool
 * on the identity schema (a named DataSource, so other services' jobs can sit beside it).
 */
@Module({})
export class IdentityJobsModule {
  static forRoot(options: { databaseUrl: string }): DynamicModule {
    return {
      module: IdentityJobsModule,
      imports: [TypeOrmModule.forRoot({ ...identityDataSourceOptions(options.databaseUrl, 2), name: IDENTITY_DATA_SOURCE })],
      providers: [PruneRefreshTokensJob],
      exports: [PruneRefreshTokensJob],
    };
  }
}

import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { identityDataSourceOptions } from '@civic/identity-data-access';
import { IDENTITY_DATA_SOURCE } from './identity-jobs.datasource';
import { MAIL_DELIVERY_OPTIONS, SendMailJob, type MailDeliveryOptions } from './mail';
import { PruneRefreshTokensJob } from './sessions';

/**
 * The identity service's background jobs, for the worker app: pruning refresh tokens and
 * sending account mail. It opens its own small pool on the identity schema (a named
 * DataSource, so other services' jobs can sit beside it).
 */
@Module({})
export class IdentityJobsModule {
  static forRoot(options: { databaseUrl: string; mail: MailDeliveryOptions }): DynamicModule {
    return {
      module: IdentityJobsModule,
      imports: [TypeOrmModule.forRoot({ ...identityDataSourceOptions(options.databaseUrl, 2), name: IDENTITY_DATA_SOURCE })],
      providers: [PruneRefreshTokensJob, SendMailJob, { provide: MAIL_DELIVERY_OPTIONS, useValue: options.mail }],
      exports: [PruneRefreshTokensJob, SendMailJob],
    };
  }
}

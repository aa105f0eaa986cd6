import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import { QueueName } from '@civic/contracts';
import { IdentityJobsModule, PruneRefreshTokensJob, SendMailJob } from '@civic/identity-jobs';
import { createRedis, LoggingModule, RedisModule } from '@civic/platform';
import { RecountQuestionnaireJob, VotingJobsModule } from '@civic/voting-jobs';
import type { WorkerConfig } from '../config';
import { WorkerHealthController } from '../health/worker-health.controller';
import { JobHandlerRegistry } from '../jobs/job-handler.registry';
import { MAINTENANCE_JOB_HANDLERS, type MaintenanceJobHandler } from '../jobs/maintenance-jobs';
import { MaintenanceProcessor } from '../jobs/maintenance.processor';
import { MaintenanceScheduler, WORKER_CONFIG } from '../jobs/maintenance.scheduler';

/** The worker: BullMQ processors for scheduled and heavy jobs, and health endpoints. */
@Module({})
export class WorkerModule {
  static forRoot(config: WorkerConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        LoggingModule.forRoot({ service: 'worker', level: config.LOG_LEVEL }),
        RedisModule.forRoot(config.REDIS_URL),
        BullModule.forRoot({ connection: createRedis(config.REDIS_URL, 'worker') }),
        BullModule.registerQueue({ name: QueueName.maintenance }),
        IdentityJobsModule.forRoot({ databaseUrl: config.DATABASE_URL, mail: { smtpUrl: config.SMTP_URL, from: config.MAIL_FROM } }),
        VotingJobsModule.forRoot({ databaseUrl: config.DATABASE_URL }),
      ],
      controllers: [WorkerHealthController],
      providers: [
        { provide: WORKER_CONFIG, useValue: config },
        {
          // Each job library's handlers, listed once here; the registry checks the set.
          provide: MAINTENANCE_JOB_HANDLERS,
          inject: [PruneRefreshTokensJob, SendMailJob, RecountQuestionnaireJob],
          useFactory: (...handlers: MaintenanceJobHandler[]) => handlers,
        },
        JobHandlerRegistry,
        MaintenanceProcessor,
        MaintenanceScheduler,
      ],
    };
  }
}

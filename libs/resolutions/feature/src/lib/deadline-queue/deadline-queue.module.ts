import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QueueName } from '@civic/contracts';
import { BullStageDeadlineScheduler } from './bull-stage-deadline.scheduler';
import { StageDeadlineScheduler } from './stage-deadline-scheduler';

/**
 * The resolutions service's own queue (QueueName.resolutionDeadlines), and scheduling a
 * stage's deadline on it. Exports the queue (BullModule) to the deadlines area, which runs
 * and repeats its jobs. Needs the app's BullModule.forRoot.
 */
@Module({
  imports: [BullModule.registerQueue({ name: QueueName.resolutionDeadlines })],
  providers: [{ provide: StageDeadlineScheduler, useClass: BullStageDeadlineScheduler }],
  exports: [StageDeadlineScheduler, BullModule],
})
export class DeadlineQueueModule {}

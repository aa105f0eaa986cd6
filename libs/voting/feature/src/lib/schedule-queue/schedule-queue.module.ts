import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QueueName } from '@civic/contracts';
import { VotingScheduleQueue } from './voting-schedule.queue';

/**
 * Voting's own schedule queue, the producer side: the areas that schedule (questionnaire
 * windows, roll calls) queue their instants here; the schedule area's processor runs them.
 * Needs the app's BullModule.forRoot.
 */
@Module({
  imports: [BullModule.registerQueue({ name: QueueName.votingSchedule })],
  providers: [VotingScheduleQueue],
  exports: [VotingScheduleQueue],
})
export class ScheduleQueueModule {}

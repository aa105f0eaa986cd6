import { Module } from '@nestjs/common';
import { QuestionnairesModule } from '../questionnaires';
import { RollCallsModule } from '../roll-calls';
import { ScheduleQueueModule } from '../schedule-queue';
import { VotingScheduleProcessor } from './voting-schedule.processor';

/**
 * Runs voting's schedule: the consumer of the schedule queue, which opens and closes
 * questionnaires and roll calls when their time comes (the areas themselves queue the times).
 */
@Module({
  imports: [ScheduleQueueModule, QuestionnairesModule, RollCallsModule],
  providers: [VotingScheduleProcessor],
})
export class VotingScheduleModule {}

import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QueueName } from '@civic/contracts';
import { BallotsModule } from '../ballots';
import { QuestionnairesModule } from '../questionnaires';
import { LiveResults } from './live-results.service';
import { RecountResolver } from './recount.resolver';
import { RecountService } from './request-recount.service';

/**
 * The live tally (the counters the ballot box bumps, and confirmed paper totals) and the
 * recounts the worker runs from the stored ballots. Needs the app's BullModule.forRoot.
 */
@Module({
  imports: [BullModule.registerQueue({ name: QueueName.maintenance }), BallotsModule, QuestionnairesModule],
  providers: [LiveResults, RecountService, RecountResolver],
  exports: [LiveResults],
})
export class TalliesModule {}

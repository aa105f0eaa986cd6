import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QueueName } from '@civic/contracts';
import { PublishedResultsRepository } from '@civic/voting-data-access';
import { BallotsModule } from '../ballots';
import { QuestionnairesModule } from '../questionnaires';
import { LiveResults } from './live-results.service';
import { PublishedResults } from './published-results.service';
import { RecountResolver } from './recount.resolver';
import { RecountService } from './request-recount.service';

/**
 * The live tally (the counters the ballot box bumps, and confirmed paper totals), its
 * published snapshots (what the public sees while voting is open), and the recounts the
 * worker runs from the stored ballots. Needs the app's BullModule.forRoot.
 */
@Module({
  imports: [BullModule.registerQueue({ name: QueueName.maintenance }), BallotsModule, QuestionnairesModule],
  providers: [PublishedResultsRepository, LiveResults, PublishedResults, RecountService, RecountResolver],
  exports: [LiveResults, PublishedResults],
})
export class TalliesModule {}

import { Module } from '@nestjs/common';
import { resolversOf } from '@civic/platform';
import { AssembliesReadModelsModule } from './assemblies-read-models';
import { BallotsModule } from './ballots';
import { EligibilityModule } from './eligibility';
import { PaperTotalsModule } from './paper-totals';
import { QuestionnairesModule } from './questionnaires';
import { ResultsModule } from './results';
import { RollCallsModule } from './roll-calls';
import { VotingScheduleModule } from './schedule';
import { ScheduleQueueModule } from './schedule-queue';
import { TalliesModule } from './tallies';

/**
 * Voter eligibility (from identity's residency events), the yearly questionnaire (with the
 * questions the resolutions service sends), secret ballots, paper totals, live tallies and
 * recounts, certified results, delegate roll calls and their schedules, and voting's copies
 * of assemblies' facts: one module per area, each registering its own providers. Needs the
 * app's TypeOrmModule, EventConsumerModule (the handler registry), BullModule.forRoot and,
 * for the result and roll-call events, OutboxRelayModule.
 */
@Module({
  imports: [
    AssembliesReadModelsModule,
    EligibilityModule,
    QuestionnairesModule,
    BallotsModule,
    PaperTotalsModule,
    TalliesModule,
    ResultsModule,
    RollCallsModule,
    ScheduleQueueModule,
    VotingScheduleModule,
  ],
})
export class VotingFeatureModule {}

/** Every resolver of the voting subgraph, for the schema printer (tools/schema). */
export const votingResolvers = resolversOf(VotingFeatureModule);

import { Module, type Provider } from '@nestjs/common';
import { AssembliesReadModelsModule } from './assemblies-read-models';
import { BallotResolver, BallotsModule } from './ballots';
import { AccountEligibilityResolver, EligibilityModule, EligibilityResolver } from './eligibility';
import { PaperTotalsModule, PaperTotalsResolver } from './paper-totals';
import { QuestionnaireAdminResolver, QuestionnaireResolver, QuestionnairesModule, QuestionnaireScheduleResolver } from './questionnaires';
import { CertificationResolver, QuestionnaireResultsExportResolver, ResultsModule, ResultsResolver } from './results';
import { RepresentationResolver, RollCallAdminResolver, RollCallResolver, RollCallsModule, RollCallScheduleResolver, RollCallVoteResolver } from './roll-calls';
import { VotingScheduleModule } from './schedule';
import { ScheduleQueueModule } from './schedule-queue';
import { RecountResolver, TalliesModule } from './tallies';

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

/**
 * Every resolver the area modules register, for the schema printer (tools/schema), which
 * builds the subgraph's SDL from the resolvers alone. Their order is the order of the
 * schema's Query and Mutation fields. A spec checks that this list and the modules agree.
 */
export const votingResolvers: Provider[] = [
  EligibilityResolver,
  AccountEligibilityResolver,
  QuestionnaireResolver,
  QuestionnaireAdminResolver,
  PaperTotalsResolver,
  ResultsResolver,
  CertificationResolver,
  BallotResolver,
  QuestionnaireResultsExportResolver,
  RecountResolver,
  RollCallResolver,
  RollCallAdminResolver,
  RollCallVoteResolver,
  RepresentationResolver,
  QuestionnaireScheduleResolver,
  RollCallScheduleResolver,
];

import { Module } from '@nestjs/common';
import { DeclaredConflictRepository, RuleResolutionRepository, VotingResultRepository } from '@civic/resolutions-data-access';
import { WorkflowModule } from '../workflow';
import { ApplyThreeTwoRuleService } from './apply-three-two-rule.service';
import { AssembliesEventHandlers } from './assemblies-event.handlers';
import { RecordConventionVoteService } from './record-convention-vote.service';
import { RecordCountyResultService } from './record-county-result.service';
import { RecordStatewideResultService } from './record-statewide-result.service';
import { VotingEventHandlers } from './voting-event.handlers';

/**
 * Other services' events: declared conflicts (assemblies), county and statewide results and
 * the convention's votes (voting), and the 3:2 rule they trigger. Needs the app's
 * EventConsumerModule (the handler registry). Exports the rules' reads to the deadlines area.
 */
@Module({
  imports: [WorkflowModule],
  providers: [
    DeclaredConflictRepository,
    VotingResultRepository,
    RuleResolutionRepository,
    AssembliesEventHandlers,
    VotingEventHandlers,
    RecordCountyResultService,
    RecordStatewideResultService,
    RecordConventionVoteService,
    ApplyThreeTwoRuleService,
  ],
  exports: [RuleResolutionRepository],
})
export class EventsModule {}

import type { Provider } from '@nestjs/common';
import { EVENTS_REPOSITORIES } from '@civic/resolutions-data-access';
import { ApplyThreeTwoRuleService } from './apply-three-two-rule.service';
import { AssembliesEventHandlers } from './assemblies-event.handlers';
import { RecordConventionVoteService } from './record-convention-vote.service';
import { RecordCountyResultService } from './record-county-result.service';
import { RecordStatewideResultService } from './record-statewide-result.service';
import { VotingEventHandlers } from './voting-event.handlers';

// The events area's providers and resolvers, composed by ResolutionsFeatureModule.
export const eventsProviders: Provider[] = [
  ...EVENTS_REPOSITORIES,
  AssembliesEventHandlers,
  VotingEventHandlers,
  RecordCountyResultService,
  RecordStatewideResultService,
  RecordConventionVoteService,
  ApplyThreeTwoRuleService,
];
export const eventsResolvers: Provider[] = [];

import { RollCallElectorateRepository, RollCallRepository, RollCallScheduleRepository } from '@civic/voting-data-access';
import { BodyRepresentationService } from './body-representation.service';
import { CastRollCallVoteService } from './cast-roll-call-vote.service';
import { CloseRollCallService } from './close-roll-call.service';
import { CountyPublicResults } from './county-public-results.service';
import { DeclareRollCallConflictService } from './declare-roll-call-conflict.service';
import { OpenRollCallService } from './open-roll-call.service';
import { RepresentationResolver } from './representation.resolver';
import { RollCallAdminResolver } from './roll-call-admin.resolver';
import { RollCallOpener } from './roll-call-opener.service';
import { RollCallReader } from './roll-call-reader.service';
import { RollCallRepresentationService } from './roll-call-representation.service';
import { RollCallVoteResolver } from './roll-call-vote.resolver';
import { RollCallResolver } from './roll-call.resolver';

/** Delegate roll calls and representation: the module spreads these into its own lists. */
export const rollCallResolvers = [RollCallResolver, RollCallAdminResolver, RollCallVoteResolver, RepresentationResolver];

export const rollCallProviders = [
  RollCallRepository,
  RollCallElectorateRepository,
  // Roll calls read and end their schedules; the schedule area writes them.
  RollCallScheduleRepository,
  RollCallReader,
  RollCallOpener,
  OpenRollCallService,
  CastRollCallVoteService,
  DeclareRollCallConflictService,
  CloseRollCallService,
  CountyPublicResults,
  RollCallRepresentationService,
  BodyRepresentationService,
];

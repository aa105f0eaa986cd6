import { Module } from '@nestjs/common';
import { RollCallElectorateRepository, RollCallRepository, RollCallScheduleRepository } from '@civic/voting-data-access';
import { QuestionnairesModule } from '../questionnaires';
import { ResultsModule } from '../results';
import { ScheduleQueueModule } from '../schedule-queue';
import { TalliesModule } from '../tallies';
import { ApplyRollCallScheduleService } from './apply-roll-call-schedule.service';
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
import { RollCallScheduleResolver } from './roll-call-schedule.resolver';
import { RollCallScheduleService } from './roll-call-schedule.service';
import { RollCallVoteResolver } from './roll-call-vote.resolver';
import { RollCallResolver } from './roll-call.resolver';

/**
 * Delegate roll calls (opened now or on a schedule, voted, closed and announced through the
 * outbox) and representation: how members' votes compare with their counties' answers.
 * Needs the app's OutboxRelayModule for the roll-call events.
 */
@Module({
  imports: [QuestionnairesModule, TalliesModule, ResultsModule, ScheduleQueueModule],
  providers: [
    RollCallRepository,
    RollCallElectorateRepository,
    RollCallScheduleRepository,
    RollCallReader,
    RollCallOpener,
    OpenRollCallService,
    CastRollCallVoteService,
    DeclareRollCallConflictService,
    CloseRollCallService,
    RollCallScheduleService,
    ApplyRollCallScheduleService,
    CountyPublicResults,
    RollCallRepresentationService,
    BodyRepresentationService,
    RollCallResolver,
    RollCallAdminResolver,
    RollCallVoteResolver,
    RollCallScheduleResolver,
    RepresentationResolver,
  ],
  exports: [RollCallScheduleRepository, ApplyRollCallScheduleService],
})
export class RollCallsModule {}

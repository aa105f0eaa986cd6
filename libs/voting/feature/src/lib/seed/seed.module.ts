import { Module, type DynamicModule } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  AssembliesReadModelsRepository,
  BallotBoxRepository,
  BallotRepository,
  PaperBallotRepository,
  PaperTotalsRepository,
  QuestionnaireRepository,
  VoterEligibilityRepository,
  RollCallElectorateRepository,
  RollCallRepository,
  RollCallScheduleRepository,
} from '@civic/voting-data-access';
import { BallotBoxService, BallotQuestionnaires, MeetingVoterService } from '../ballots';
import { ConfirmPaperTotalsService, EnterPaperTotalsService, IssuePaperBallotService, PaperTotalsReader } from '../paper-totals';
import {
  AddQuestionnaireQuestionService,
  QuestionnaireStatusService,
  ResolutionQuestionsService,
  SetResultsPublicationThresholdService,
} from '../questionnaires';
import { CastRollCallVoteService, CloseRollCallService, DeclareRollCallConflictService, RollCallOpener, RollCallReader } from '../roll-calls';

/**
 * The demo seed's own application context, on the database it is given: the use cases it
 * runs and what they need, and nothing else — no GraphQL, no Redis queue, no event handlers
 * (the roll call's event waits in the outbox until the service relays it). Unlike the
 * service's area modules, it lists the providers of the areas it uses: their modules would
 * bring their queues and handlers along. Not part of VotingFeatureModule.
 */
@Module({})
export class VotingSeedModule {
  static forDataSource(dataSource: DataSource): DynamicModule {
    return {
      module: VotingSeedModule,
      providers: [
        { provide: getDataSourceToken(), useValue: dataSource },
        QuestionnaireRepository,
        AddQuestionnaireQuestionService,
        QuestionnaireStatusService,
        SetResultsPublicationThresholdService,
        ResolutionQuestionsService,
        BallotRepository,
        BallotBoxRepository,
        BallotQuestionnaires,
        BallotBoxService,
        AssembliesReadModelsRepository,
        VoterEligibilityRepository,
        MeetingVoterService,
        PaperBallotRepository,
        IssuePaperBallotService,
        PaperTotalsRepository,
        PaperTotalsReader,
        EnterPaperTotalsService,
        ConfirmPaperTotalsService,
        RollCallRepository,
        RollCallElectorateRepository,
        RollCallScheduleRepository,
        RollCallReader,
        RollCallOpener,
        CastRollCallVoteService,
        DeclareRollCallConflictService,
        CloseRollCallService,
      ],
    };
  }
}

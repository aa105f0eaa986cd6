import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QueueName } from '@civic/contracts';
import { PaperTotalsRepository, QuestionnaireRepository, QuestionResultRepository, VoterEligibilityRepository } from '@civic/voting-data-access';
import { AssembliesReadModelsModule } from './assemblies-read-models/assemblies-read-models.module';
import { ballotProviders, ballotResolvers } from './ballots';
import { AccountEligibilityResolver } from './eligibility/account-eligibility.resolver';
import { EligibilityResolver } from './eligibility/eligibility.resolver';
import { ReadEligibilityService } from './eligibility/read-eligibility.service';
import { RecordResidencyService } from './eligibility/record-residency.service';
import { ResidencyEventHandlers } from './eligibility/residency-event.handlers';
import { ConfirmPaperTotalsService } from './paper-totals/confirm-paper-totals.service';
import { EnterPaperTotalsService } from './paper-totals/enter-paper-totals.service';
import { PaperTotalsReader } from './paper-totals/paper-totals-reader.service';
import { PaperTotalsResolver } from './paper-totals/paper-totals.resolver';
import { AddQuestionnaireQuestionService } from './questionnaires/add-questionnaire-question.service';
import { QuestionnaireAdminResolver } from './questionnaires/questionnaire-admin.resolver';
import { QuestionnaireReader } from './questionnaires/questionnaire-reader.service';
import { QuestionnaireResolver } from './questionnaires/questionnaire.resolver';
import { QuestionnaireStatusService } from './questionnaires/questionnaire-status.service';
import { ResolutionEventHandlers } from './questionnaires/resolution-event.handlers';
import { ResolutionQuestionsService } from './questionnaires/resolution-questions.service';
import { CertificationResolver } from './results/certification.resolver';
import { CertifyCountyResolutionVoteService } from './results/certify-county-resolution-vote.service';
import { CertifyQuestionResultService } from './results/certify-question-result.service';
import { QuestionCertification } from './results/question-certification.service';
import { ResultReader } from './results/result-reader.service';
import { ResultsResolver } from './results/results.resolver';
import { tallyProviders, tallyResolvers } from './tallies';
import { rollCallProviders, rollCallResolvers } from './roll-calls';
import { scheduleProviders, scheduleResolvers } from './schedule';

export const votingResolvers = [
  EligibilityResolver,
  AccountEligibilityResolver,
  QuestionnaireResolver,
  QuestionnaireAdminResolver,
  PaperTotalsResolver,
  ResultsResolver,
  CertificationResolver,
  ...ballotResolvers,
  ...tallyResolvers,
  ...rollCallResolvers,
  ...scheduleResolvers,
];

const eligibilityProviders = [VoterEligibilityRepository, RecordResidencyService, ReadEligibilityService, ResidencyEventHandlers];

const questionnaireProviders = [
  QuestionnaireRepository,
  QuestionnaireReader,
  AddQuestionnaireQuestionService,
  QuestionnaireStatusService,
  ResolutionQuestionsService,
  ResolutionEventHandlers,
];

const paperTotalsProviders = [PaperTotalsRepository, PaperTotalsReader, EnterPaperTotalsService, ConfirmPaperTotalsService];

const resultProviders = [
  QuestionResultRepository,
  QuestionCertification,
  CertifyCountyResolutionVoteService,
  CertifyQuestionResultService,
  ResultReader,
];

/**
 * Voter eligibility (from identity's residency events), the yearly questionnaire (with the
 * questions the resolutions service sends), paper totals and certified results. Needs the
 * app's TypeOrmModule, EventConsumerModule (the handler registry) and, for the result
 * events, OutboxRelayModule.
 */
@Module({
  imports: [AssembliesReadModelsModule, BullModule.registerQueue({ name: QueueName.maintenance }, { name: QueueName.votingSchedule })],
  providers: [...eligibilityProviders, ...questionnaireProviders, ...paperTotalsProviders, ...resultProviders, ...ballotProviders, ...tallyProviders, ...rollCallProviders, ...scheduleProviders, ...votingResolvers],
})
export class VotingFeatureModule {}

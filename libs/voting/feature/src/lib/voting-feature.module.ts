import { Module } from '@nestjs/common';
import { PaperTotalsRepository, QuestionnaireRepository, QuestionResultRepository, VoterEligibilityRepository } from '@civic/voting-data-access';
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
import { QuestionTallyService } from './results/question-tally.service';
import { ResultReader } from './results/result-reader.service';
import { ResultsResolver } from './results/results.resolver';

export const votingResolvers = [
  EligibilityResolver,
  AccountEligibilityResolver,
  QuestionnaireResolver,
  QuestionnaireAdminResolver,
  PaperTotalsResolver,
  ResultsResolver,
  CertificationResolver,
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
  QuestionTallyService,
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
  providers: [...eligibilityProviders, ...questionnaireProviders, ...paperTotalsProviders, ...resultProviders, ...votingResolvers],
})
export class VotingFeatureModule {}

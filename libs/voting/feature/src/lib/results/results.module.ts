import { Module } from '@nestjs/common';
import { QuestionResultRepository } from '@civic/voting-data-access';
import { BallotsModule } from '../ballots';
import { PaperTotalsModule } from '../paper-totals';
import { QuestionnairesModule } from '../questionnaires';
import { TalliesModule } from '../tallies';
import { CertificationResolver } from './certification.resolver';
import { CertifyCountyResolutionVoteService } from './certify-county-resolution-vote.service';
import { CertifyQuestionResultService } from './certify-question-result.service';
import { QuestionCertification } from './question-certification.service';
import { QuestionnaireResultsExportResolver } from './questionnaire-results-export.resolver';
import { QuestionnaireResultsExport } from './questionnaire-results-export.service';
import { ResultReader } from './result-reader.service';
import { ResultsResolver } from './results.resolver';

/**
 * Results: live until certified, then as certified (announced through the outbox), and the
 * year's results as open data. Needs the app's OutboxRelayModule for the result events.
 */
@Module({
  imports: [QuestionnairesModule, TalliesModule, BallotsModule, PaperTotalsModule],
  providers: [
    QuestionResultRepository,
    QuestionCertification,
    CertifyCountyResolutionVoteService,
    CertifyQuestionResultService,
    ResultReader,
    QuestionnaireResultsExport,
    ResultsResolver,
    CertificationResolver,
    QuestionnaireResultsExportResolver,
  ],
  exports: [QuestionResultRepository],
})
export class ResultsModule {}

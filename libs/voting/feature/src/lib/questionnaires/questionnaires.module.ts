import { Module } from '@nestjs/common';
import { QuestionnaireRepository } from '@civic/voting-data-access';
import { EligibilityModule } from '../eligibility';
import { ScheduleQueueModule } from '../schedule-queue';
import { AddQuestionnaireQuestionService } from './add-questionnaire-question.service';
import { QuestionnaireAdminResolver } from './questionnaire-admin.resolver';
import { QuestionnaireReader } from './questionnaire-reader.service';
import { QuestionnaireScheduleResolver } from './questionnaire-schedule.resolver';
import { QuestionnaireScheduleService } from './questionnaire-schedule.service';
import { QuestionnaireStatusService } from './questionnaire-status.service';
import { QuestionnaireResolver } from './questionnaire.resolver';
import { ResolutionEventHandlers } from './resolution-event.handlers';
import { ResolutionQuestionsService } from './resolution-questions.service';
import { SetResultsPublicationThresholdService } from './set-results-publication-threshold.service';

/**
 * The yearly questionnaire: staff's questions, the ones the resolutions service sends, its
 * status and its scheduled voting window. Needs the app's EventConsumerModule (the handler
 * registry).
 */
@Module({
  imports: [EligibilityModule, ScheduleQueueModule],
  providers: [
    QuestionnaireRepository,
    QuestionnaireReader,
    AddQuestionnaireQuestionService,
    QuestionnaireStatusService,
    QuestionnaireScheduleService,
    SetResultsPublicationThresholdService,
    ResolutionQuestionsService,
    ResolutionEventHandlers,
    QuestionnaireResolver,
    QuestionnaireAdminResolver,
    QuestionnaireScheduleResolver,
  ],
  exports: [QuestionnaireRepository, QuestionnaireStatusService],
})
export class QuestionnairesModule {}

export * from './questionnaires.module';
export * from './questionnaire.enums';
export * from './questionnaire-question.type';
export { AddQuestionnaireQuestionService } from './add-questionnaire-question.service';
export { QuestionnaireStatusService } from './questionnaire-status.service';
export { ResolutionQuestionsService } from './resolution-questions.service';
export { QuestionnaireAdminResolver } from './questionnaire-admin.resolver';
export { QuestionnaireScheduleResolver } from './questionnaire-schedule.resolver';
export { QuestionnaireResolver } from './questionnaire.resolver';

export * from './questionnaire.entity';
export * from './questionnaire-question.entity';
export * from './questionnaire.repository';

import type { Provider } from '@nestjs/common';
import { QuestionnaireScheduleResolver } from './questionnaire-schedule.resolver';
import { QuestionnaireScheduleService } from './questionnaire-schedule.service';
import { VotingScheduleProcessor } from './voting-schedule.processor';

export const scheduleProviders: Provider[] = [QuestionnaireScheduleService, VotingScheduleProcessor];
export const scheduleResolvers: Provider[] = [QuestionnaireScheduleResolver];

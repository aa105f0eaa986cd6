import type { Provider } from '@nestjs/common';
import { ApplyRollCallScheduleService } from './apply-roll-call-schedule.service';
import { QuestionnaireScheduleResolver } from './questionnaire-schedule.resolver';
import { QuestionnaireScheduleService } from './questionnaire-schedule.service';
import { RollCallScheduleResolver } from './roll-call-schedule.resolver';
import { RollCallScheduleService } from './roll-call-schedule.service';
import { VotingScheduleProcessor } from './voting-schedule.processor';
import { VotingScheduleQueue } from './voting-schedule.queue';

export const scheduleProviders: Provider[] = [
  VotingScheduleQueue,
  QuestionnaireScheduleService,
  RollCallScheduleService,
  ApplyRollCallScheduleService,
  VotingScheduleProcessor,
];
export const scheduleResolvers: Provider[] = [QuestionnaireScheduleResolver, RollCallScheduleResolver];

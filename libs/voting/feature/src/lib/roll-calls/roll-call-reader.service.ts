import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { notFound, refuseProblems, requireUuid } from '@civic/util';
import { QuestionnaireRepository, RollCallRepository, RollCallScheduleRepository } from '@civic/voting-data-access';
import { bodyCodeProblems, yearProblems } from '@civic/voting-domain';
import { toQuestionType, type QuestionnaireQuestionType } from '../questionnaires';
import type { RollCallStatus } from './roll-call.enums';
import { toRollCallType, type RollCallType } from './roll-call.type';

/** Public reads of roll calls: every named vote, by delegate and by county. */
@Injectable()
export class RollCallReader {
  constructor(
    private readonly rollCalls: RollCallRepository,
    private readonly questionnaires: QuestionnaireRepository,
    private readonly schedules: RollCallScheduleRepository,
  ) {}

  /** Inside a use case's transaction, after it changed the roll call. */
  async load(id: string, manager?: EntityManager): Promise<RollCallType> {
    const rollCall = await this.rollCalls.findById(id, manager);
    if (!rollCall) throw notFound('The roll call', { rollCallId: id });
    return toRollCallType(rollCall, await this.rollCalls.members([id], manager), (await this.closings([id], manager)).get(id));
  }

  async find(idInput: string): Promise<RollCallType | null> {
    const id = requireUuid(idInput, 'id');
    const rollCall = await this.rollCalls.findById(id);
    return rollCall && toRollCallType(rollCall, await this.rollCalls.members([id]), (await this.closings([id])).get(id));
  }

  /** Newest first. */
  async list(filter: { bodyCode?: string | null; year?: number | null; status?: RollCallStatus | null }): Promise<RollCallType[]> {
    if (filter.bodyCode != null) refuseProblems(bodyCodeProblems(filter.bodyCode));
    if (filter.year != null) refuseProblems(yearProblems(filter.year));
    const rollCalls = await this.rollCalls.list({ bodyCode: filter.bodyCode ?? undefined, year: filter.year ?? undefined, status: filter.status ?? undefined });
    const ids = rollCalls.map((rollCall) => rollCall.id);
    const [members, closings] = await Promise.all([this.rollCalls.members(ids), this.closings(ids)]);
    return rollCalls.map((rollCall) =>
      toRollCallType(
        rollCall,
        members.filter((member) => member.rollCallId === rollCall.id),
        closings.get(rollCall.id),
      ),
    );
  }

  /** Each roll call's scheduled closing, if it has one. */
  private async closings(ids: readonly string[], manager?: EntityManager): Promise<Map<string, Date>> {
    const schedules = await this.schedules.forRollCalls(ids, manager);
    return new Map(
      schedules.flatMap((schedule) => (schedule.rollCallId !== null && schedule.closesAt !== null ? [[schedule.rollCallId, schedule.closesAt] as const] : [])),
    );
  }

  async question(questionId: string | null): Promise<QuestionnaireQuestionType | null> {
    if (questionId === null) return null;
    const question = await this.questionnaires.findQuestion(questionId);
    const questionnaire = question && (await this.questionnaires.findById(question.questionnaireId));
    return question && questionnaire ? toQuestionType(question, questionnaire.year) : null;
  }
}

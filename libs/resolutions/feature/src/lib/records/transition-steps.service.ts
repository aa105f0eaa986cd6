import { Injectable } from '@nestjs/common';
import type { PipelineDefinition } from '@civic/resolutions-domain';
import {
  ResolutionLookupRepository,
  ResolutionRecordsRepository,
  type CountyResultEntity,
  type ResolutionTransitionEntity,
  type StatewideResultEntity,
} from '@civic/resolutions-data-access';
import { ActorKindValue } from '../resolutions';
import { PipelineService } from '../workflow';
import { stageNameOf, transitionNameOf } from './pipeline-names';
import type { CountyResultType, StatewideResultType } from './resolution-results.type';
import type { TransitionStepType } from './transition-step.type';

export function toCountyResultType(row: CountyResultEntity): CountyResultType {
  return {
    resultId: row.resultId,
    resolutionId: row.resolutionId,
    countyCode: row.countyCode,
    county: { code: row.countyCode },
    year: row.year,
    yes: row.yes,
    no: row.no,
    abstain: row.abstain,
    passed: row.passed,
    certifiedAt: row.certifiedAt,
  };
}

export function toStatewideResultType(row: StatewideResultEntity): StatewideResultType {
  return {
    resultId: row.resultId,
    resolutionId: row.resolutionId,
    questionId: row.questionId,
    year: row.year,
    yes: row.yes,
    no: row.no,
    abstain: row.abstain,
    countiesInFavour: row.countiesInFavour,
    countiesCounted: row.countiesCounted,
    passed: row.passed,
    certifiedAt: row.certifiedAt,
  };
}

/**
 * Turns stored steps into public ones: stage and transition names from each step's own
 * pipeline version, and the linked votes and merged resolutions resolved — one query per
 * kind of link for the whole batch, however many steps.
 */
@Injectable()
export class TransitionStepsService {
  constructor(
    private readonly records: ResolutionRecordsRepository,
    private readonly resolutions: ResolutionLookupRepository,
    private readonly pipelines: PipelineService,
  ) {}

  async toSteps(rows: readonly ResolutionTransitionEntity[]): Promise<TransitionStepType[]> {
    const countyIds = new Set<string>();
    const statewideIds = new Set<string>();
    const resolutionIds = new Set<string>();
    const versions = new Set<number>();
    for (const row of rows) {
      versions.add(row.pipelineVersion);
      const linked = row.linked ?? {};
      if (linked.countyResultId) countyIds.add(linked.countyResultId);
      if (linked.statewideResultId) statewideIds.add(linked.statewideResultId);
      if (linked.mergedIntoId) resolutionIds.add(linked.mergedIntoId);
      for (const id of linked.mergedFromIds ?? []) resolutionIds.add(id);
    }
    const [county, statewide, resolutions, pipelines] = await Promise.all([
      this.records.countyResultsByIds([...countyIds]),
      this.records.statewideResultsByIds([...statewideIds]),
      this.resolutions.findByIds([...resolutionIds]),
      this.definitions([...versions]),
    ]);
    const countyById = new Map(county.map((row) => [row.resultId, toCountyResultType(row)]));
    const statewideById = new Map(statewide.map((row) => [row.resultId, toStatewideResultType(row)]));
    const numberById = new Map(resolutions.map((row) => [row.id, row.number]));

    return rows.map((row) => {
      const pipeline = pipelines.get(row.pipelineVersion);
      const linked = row.linked ?? {};
      const mergedFromIds = linked.mergedFromIds ?? [];
      return {
        id: row.id,
        resolutionId: row.resolutionId,
        sequence: row.sequence,
        transition: row.transition,
        transitionName: pipeline ? transitionNameOf(pipeline, row.transition) : row.transition,
        fromStage: row.fromStage,
        fromStageName: row.fromStage === null ? null : pipeline ? stageNameOf(pipeline, row.fromStage) : row.fromStage,
        toStage: row.toStage,
        toStageName: pipeline ? stageNameOf(pipeline, row.toStage) : row.toStage,
        cycleYear: row.cycleYear,
        pipelineVersion: row.pipelineVersion,
        actorKind: row.actorKind === 'system' ? ActorKindValue.SYSTEM : ActorKindValue.PERSON,
        actorName: row.actorName,
        occurredAt: row.occurredAt,
        reason: row.reason,
        notes: row.notes,
        vote: row.vote,
        minorityReport: row.minorityReport,
        links: {
          countyResultId: linked.countyResultId ?? null,
          statewideResultId: linked.statewideResultId ?? null,
          motionId: linked.motionId ?? null,
          mergedIntoId: linked.mergedIntoId ?? null,
          mergedIntoNumber: linked.mergedIntoId ? (numberById.get(linked.mergedIntoId) ?? null) : null,
          mergedFromIds: [...mergedFromIds],
          mergedFromNumbers: mergedFromIds.flatMap((id) => numberById.get(id) ?? []),
          fromCycleYear: linked.fromCycleYear ?? null,
          counties: [...(linked.counties ?? [])],
        },
        countyResult: linked.countyResultId ? (countyById.get(linked.countyResultId) ?? null) : null,
        statewideResult: linked.statewideResultId ? (statewideById.get(linked.statewideResultId) ?? null) : null,
      };
    });
  }

  /** Each pipeline version's definition (cached by the pipeline service: versions never change). */
  async definitions(versions: readonly number[]): Promise<Map<number, PipelineDefinition>> {
    const entries = await Promise.all(
      versions.map(async (version) => [version, (await this.pipelines.pipelineVersion(this.records.manager, version)).definition] as const),
    );
    return new Map(entries);
  }

  async definition(version: number): Promise<PipelineDefinition> {
    return (await this.pipelines.pipelineVersion(this.records.manager, version)).definition;
  }
}

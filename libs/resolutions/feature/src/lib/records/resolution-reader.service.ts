import { Injectable, Scope } from '@nestjs/common';
import DataLoader from 'dataloader';
import { ErrorCode } from '@civic/contracts';
import { stageOf, type PolicyPhase } from '@civic/resolutions-domain';
import {
  ResolutionLookupRepository,
  ResolutionRecordsRepository,
  type CountyResultEntity,
  type ImplementationReportEntity,
  type ResolutionEntity,
  type StatewideResultEntity,
} from '@civic/resolutions-data-access';
import { pageWindow, toConnection, type Connection, type PageArgs } from '@civic/platform';
import { DomainError, isUuid, notFound } from '@civic/util';
import { toResolutionType, type ResolutionType } from '../resolutions';
import { stageNameOf } from './pipeline-names';
import { toResolutionFilter } from './records-validation';
import type { ResolutionFilterInput } from './resolution-filter.input';
import type { CountyResultType, StatewideResultType } from './resolution-results.type';
import type { ImplementationReportType } from './implementation-report.type';
import { toCountyResultType, toStatewideResultType, TransitionStepsService } from './transition-steps.service';
import type { TransitionStepType } from './transition-step.type';

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

export function toImplementationReportType(row: ImplementationReportEntity): ImplementationReportType {
  return { id: row.id, resolutionId: row.resolutionId, year: row.year, text: row.text, reporterName: row.reporterName, reportedAt: row.reportedAt };
}

/**
 * The public record's reads. Request-scoped so that a list of resolutions (the staff queue
 * shows up to 100) loads each field for all of them in one query.
 */
@Injectable({ scope: Scope.REQUEST })
export class ResolutionReader {
  private readonly byId = new DataLoader<string, ResolutionEntity | null>(async (ids) => {
    const rows = await this.resolutions.findByIds(ids);
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });

  private readonly mergedIntoLoader = new DataLoader<string, ResolutionEntity[]>(async (targetIds) => {
    const groups = groupBy(await this.records.mergedInto(targetIds), (row) => row.mergedIntoId ?? '');
    return targetIds.map((id) => groups.get(id) ?? []);
  });

  private readonly families = new DataLoader<string, ResolutionEntity[]>(async (familyIds) => {
    const groups = groupBy(await this.records.familyMembers(familyIds), (row) => row.familyId);
    return familyIds.map((id) => groups.get(id) ?? []);
  });

  private readonly countyResultsLoader = new DataLoader<string, CountyResultEntity[]>(async (ids) => {
    const groups = groupBy(await this.records.countyResults(ids), (row) => row.resolutionId);
    return ids.map((id) => groups.get(id) ?? []);
  });

  private readonly statewideResultsLoader = new DataLoader<string, StatewideResultEntity[]>(async (ids) => {
    const groups = groupBy(await this.records.statewideResults(ids), (row) => row.resolutionId);
    return ids.map((id) => groups.get(id) ?? []);
  });

  private readonly reports = new DataLoader<string, ImplementationReportEntity[]>(async (ids) => {
    const groups = groupBy(await this.records.implementationReports(ids), (row) => row.resolutionId);
    return ids.map((id) => groups.get(id) ?? []);
  });

  private readonly steps = new DataLoader<string, TransitionStepType[]>(async (ids) => {
    const rows = await this.records.transitions(ids);
    const groups = groupBy(await this.stepsService.toSteps(rows), (step) => step.resolutionId);
    return ids.map((id) => (groups.get(id) ?? []).sort((a, b) => a.sequence - b.sequence));
  });

  constructor(
    private readonly records: ResolutionRecordsRepository,
    private readonly resolutions: ResolutionLookupRepository,
    private readonly stepsService: TransitionStepsService,
  ) {}

  /** By id or by public number (exactly one); NOT_FOUND when there is none. */
  async one(id: string | null | undefined, number: string | null | undefined): Promise<ResolutionType> {
    if ((id === undefined || id === null) === (number === undefined || number === null)) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Give exactly one of id and number.', { field: 'id' });
    }
    const row =
      id !== undefined && id !== null ? (isUuid(id) ? await this.byId.load(id.toLowerCase()) : null) : await this.records.findByNumber((number ?? '').trim());
    if (!row) throw notFound('The resolution', id ? { id } : { number });
    return toResolutionType(row);
  }

  async page(filterInput: ResolutionFilterInput | null | undefined, args: PageArgs): Promise<Connection<ResolutionType>> {
    const filter = toResolutionFilter(filterInput);
    const window = pageWindow(args);
    const [rows, total] = await this.records.page(filter, window.offset, window.limit);
    for (const row of rows) this.byId.prime(row.id, row);
    return toConnection(rows.map(toResolutionType), total, window);
  }

  async stageName(resolution: ResolutionType): Promise<string> {
    return stageNameOf(await this.stepsService.definition(resolution.pipelineVersion), resolution.stage);
  }

  async phase(resolution: ResolutionType): Promise<PolicyPhase | null> {
    return stageOf(await this.stepsService.definition(resolution.pipelineVersion), resolution.stage)?.phase ?? null;
  }

  async mergedInto(resolution: ResolutionType): Promise<ResolutionType | null> {
    if (!resolution.mergedIntoId) return null;
    const row = await this.byId.load(resolution.mergedIntoId);
    return row ? toResolutionType(row) : null;
  }

  async mergedFrom(resolution: ResolutionType): Promise<ResolutionType[]> {
    return (await this.mergedIntoLoader.load(resolution.id)).map(toResolutionType);
  }

  async family(resolution: ResolutionType): Promise<ResolutionType[]> {
    return (await this.families.load(resolution.familyId)).filter((row) => row.id !== resolution.id).map(toResolutionType);
  }

  async countyResults(resolution: ResolutionType): Promise<CountyResultType[]> {
    return (await this.countyResultsLoader.load(resolution.id)).map(toCountyResultType);
  }

  /** The latest statewide result (a question is normally asked once). */
  async statewideResult(resolution: ResolutionType): Promise<StatewideResultType | null> {
    const latest = (await this.statewideResultsLoader.load(resolution.id)).at(-1);
    return latest ? toStatewideResultType(latest) : null;
  }

  async implementationReports(resolution: ResolutionType): Promise<ImplementationReportType[]> {
    return (await this.reports.load(resolution.id)).map(toImplementationReportType);
  }

  transitions(resolution: ResolutionType): Promise<TransitionStepType[]> {
    return this.steps.load(resolution.id);
  }
}

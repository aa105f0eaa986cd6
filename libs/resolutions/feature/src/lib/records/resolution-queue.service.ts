import { Injectable } from '@nestjs/common';
import { toCsv } from '@civic/resolutions-domain';
import { ResolutionRecordsRepository, type ResolutionFilter } from '@civic/resolutions-data-access';
import { pageWindow, toConnection, type Connection, type PageArgs } from '@civic/platform';
import { badInput } from '@civic/util';
import { toResolutionType, type ResolutionType } from '../resolutions';
import { stageNameOf } from './pipeline-names';
import { toResolutionFilter } from './records-validation';
import type { ResolutionFilterInput } from './resolution-filter.input';
import type { ResolutionQueueType } from './resolution-queue.type';
import { TransitionStepsService } from './transition-steps.service';

/** Beyond this, an export must be narrowed by a filter (a year, a stage): one response holds it all. */
export const MAX_EXPORT_ROWS = 20_000;

export const EXPORT_HEADER = [
  'number',
  'title',
  'kind',
  'topic',
  'county',
  'submittedYear',
  'cycleYear',
  'stage',
  'committee',
  'deadlineAt',
  'flaggedAt',
  'flagReason',
  'authorName',
  'textVersion',
  'updatedAt',
] as const;

/** The staff console: the queue by stage and committee, its pages, and the CSV export. */
@Injectable()
export class ResolutionQueueService {
  constructor(
    private readonly records: ResolutionRecordsRepository,
    private readonly steps: TransitionStepsService,
  ) {}

  async queue(filterInput: ResolutionFilterInput | null | undefined): Promise<ResolutionQueueType> {
    const filter = toResolutionFilter(filterInput);
    const versions = await this.records.pipelineVersionsInUse(filter);
    const pipelines = await this.steps.definitions(versions);
    // Newest version first: a stage is named as the latest pipeline names it.
    const newestFirst = [...pipelines.entries()].sort(([a], [b]) => b - a).map(([, definition]) => definition);
    const committeeStages = [
      ...new Set(
        newestFirst.flatMap((pipeline) => pipeline.stages.filter((stage) => stage.deadline?.kind === 'committee-decision').map((stage) => stage.code)),
      ),
    ];
    const [total, byStage, byCommittee] = await Promise.all([
      this.records.count(filter),
      this.records.countsByStage(filter),
      this.records.countsByCommittee(filter, committeeStages, new Date()),
    ]);
    const nameOf = (code: string) => {
      const pipeline = newestFirst.find((candidate) => candidate.stages.some((stage) => stage.code === code));
      return pipeline ? stageNameOf(pipeline, code) : code;
    };
    return {
      total,
      byStage: byStage.map((row) => ({ ...row, stageName: nameOf(row.stage) })),
      byCommittee,
      filter,
    };
  }

  async items(filter: ResolutionFilter, args: PageArgs): Promise<Connection<ResolutionType>> {
    const window = pageWindow(args);
    const [rows, total] = await this.records.page(filter, window.offset, window.limit);
    return toConnection(rows.map(toResolutionType), total, window);
  }

  /** The filtered resolutions as CSV (RFC 4180, by number), for spreadsheets. */
  async exportCsv(filterInput: ResolutionFilterInput | null | undefined): Promise<string> {
    const filter = toResolutionFilter(filterInput);
    const rows = await this.records.list(filter, MAX_EXPORT_ROWS + 1);
    if (rows.length > MAX_EXPORT_ROWS) {
      throw badInput('filter', `More than ${MAX_EXPORT_ROWS} resolutions match; narrow the filter (a year, a stage).`, { max: MAX_EXPORT_ROWS });
    }
    return toCsv(
      EXPORT_HEADER,
      rows.map((row) => [
        row.number,
        row.title,
        row.kind,
        row.topic,
        row.countyCode,
        row.submittedYear,
        row.cycleYear,
        row.stage,
        row.committeeCode,
        row.deadlineAt,
        row.flaggedAt,
        row.flagReason,
        row.authorName,
        row.textVersion,
        row.updatedAt,
      ]),
    );
  }
}

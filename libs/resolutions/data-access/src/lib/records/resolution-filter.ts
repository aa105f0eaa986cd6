import type { SelectQueryBuilder } from 'typeorm';
import type { ResolutionEntity, ResolutionKind } from '../resolutions';

/** What the public list, the staff queue and the CSV export filter on (all optional, combined with AND). */
export interface ResolutionFilter {
  stage?: string;
  /** Any of these stages (combined with `stage` when both are given). */
  stages?: readonly string[];
  committeeCode?: string;
  countyCode?: string;
  cycleYear?: number;
  submittedYear?: number;
  kind?: ResolutionKind;
  topic?: string;
  /** true: only flagged ones; false: only unflagged ones. */
  flagged?: boolean;
  /** Web-search syntax ("quoted phrases", or, -not) over the title and text. */
  search?: string;
}

/** Applies the filter to a query over `resolution` aliased `alias`. */
export function applyResolutionFilter<T extends object>(query: SelectQueryBuilder<T>, alias: string, filter: ResolutionFilter): SelectQueryBuilder<T> {
  const a = alias;
  if (filter.stage !== undefined) query.andWhere(`${a}.stage = :filterStage`, { filterStage: filter.stage });
  if (filter.stages !== undefined) query.andWhere(`${a}.stage = ANY(:filterStages)`, { filterStages: [...filter.stages] });
  if (filter.committeeCode !== undefined) query.andWhere(`${a}.committeeCode = :filterCommittee`, { filterCommittee: filter.committeeCode });
  if (filter.countyCode !== undefined) query.andWhere(`${a}.countyCode = :filterCounty`, { filterCounty: filter.countyCode });
  if (filter.cycleYear !== undefined) query.andWhere(`${a}.cycleYear = :filterCycleYear`, { filterCycleYear: filter.cycleYear });
  if (filter.submittedYear !== undefined) query.andWhere(`${a}.submittedYear = :filterSubmittedYear`, { filterSubmittedYear: filter.submittedYear });
  if (filter.kind !== undefined) query.andWhere(`${a}.kind = :filterKind`, { filterKind: filter.kind });
  if (filter.topic !== undefined) query.andWhere(`${a}.topic = :filterTopic`, { filterTopic: filter.topic });
  if (filter.flagged !== undefined) query.andWhere(filter.flagged ? `${a}.flaggedAt IS NOT NULL` : `${a}.flaggedAt IS NULL`);
  if (filter.search !== undefined) {
    // websearch_to_tsquery never fails on user syntax, unlike to_tsquery.
    query.andWhere(`${a}.search @@ websearch_to_tsquery('english', :filterSearch)`, { filterSearch: filter.search });
  }
  return query;
}

export type ResolutionQuery = SelectQueryBuilder<ResolutionEntity>;

import type { ResolutionFilter, ResolutionKind } from '@civic/resolutions-data-access';
import { badInput, characterCount } from '@civic/util';
import type { ResolutionFilterInput } from './resolution-filter.input';

const MAX_FILTER_TEXT = 200;
const MAX_FILTER_STAGES = 50;

function filterText(value: string | null | undefined, field: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  const text = value.trim();
  if (text.length === 0 || characterCount(text) > MAX_FILTER_TEXT)
    throw badInput(`filter.${field}`, `filter.${field} must be 1–${MAX_FILTER_TEXT} characters.`);
  return text;
}

function filterYear(value: number | null | undefined, field: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Number.isInteger(value) || value < 1900 || value > 9999) throw badInput(`filter.${field}`, `filter.${field} must be a year.`);
  return value;
}

/** Checks a filter from the API and drops the fields left out (null means "any"). */
export function toResolutionFilter(input: ResolutionFilterInput | null | undefined): ResolutionFilter {
  if (!input) return {};
  const filter: ResolutionFilter = {};
  const stage = filterText(input.stage, 'stage');
  if (stage !== undefined) filter.stage = stage;
  if (input.stages !== undefined && input.stages !== null) {
    if (input.stages.length > MAX_FILTER_STAGES) throw badInput('filter.stages', `filter.stages holds at most ${MAX_FILTER_STAGES} stages.`);
    filter.stages = input.stages.map((code) => filterText(code, 'stages') ?? '');
  }
  const committeeCode = filterText(input.committeeCode, 'committeeCode');
  if (committeeCode !== undefined) filter.committeeCode = committeeCode;
  const countyCode = filterText(input.countyCode, 'countyCode');
  if (countyCode !== undefined) filter.countyCode = countyCode;
  const cycleYear = filterYear(input.cycleYear, 'cycleYear');
  if (cycleYear !== undefined) filter.cycleYear = cycleYear;
  const submittedYear = filterYear(input.submittedYear, 'submittedYear');
  if (submittedYear !== undefined) filter.submittedYear = submittedYear;
  if (input.kind !== undefined && input.kind !== null) filter.kind = input.kind as ResolutionKind;
  const topic = filterText(input.topic, 'topic');
  if (topic !== undefined) filter.topic = topic;
  if (input.flagged !== undefined && input.flagged !== null) filter.flagged = input.flagged;
  const search = filterText(input.search, 'search');
  if (search !== undefined) filter.search = search;
  return filter;
}

import { JURISDICTION_CODE_PATTERN, validateJurisdictionTree, type JurisdictionDefinition, type TierDefinition } from '../jurisdictions';

export const MAX_TIER_NAME_LENGTH = 60;
export const MAX_JURISDICTION_NAME_LENGTH = 120;
export const MAX_POPULATION = 1_000_000_000;

/** A tier's names are shown everywhere the tree is ("County", "Counties"): both must say something. */
export function validateTierNames(names: { name: string; pluralName: string }): string[] {
  const problems: string[] = [];
  for (const field of ['name', 'pluralName'] as const) {
    const value = names[field].trim();
    if (value.length === 0) problems.push(`${field} must not be empty`);
    else if (value.length > MAX_TIER_NAME_LENGTH) problems.push(`${field} must be at most ${MAX_TIER_NAME_LENGTH} characters`);
  }
  return problems;
}

export interface JurisdictionDetails {
  code?: string;
  name?: string;
  population?: number | null;
  seat?: string | null;
}

/** The fields of a jurisdiction that can be checked without the tree (only those given are checked). */
export function validateJurisdictionDetails(details: JurisdictionDetails): string[] {
  const problems: string[] = [];
  if (details.code !== undefined && !JURISDICTION_CODE_PATTERN.test(details.code)) {
    problems.push('code must be 1–32 letters, digits, ".", "_" or "-", starting with a letter or digit');
  }
  if (details.name !== undefined) {
    const name = details.name.trim();
    if (name.length === 0) problems.push('name must not be empty');
    else if (name.length > MAX_JURISDICTION_NAME_LENGTH) problems.push(`name must be at most ${MAX_JURISDICTION_NAME_LENGTH} characters`);
  }
  if (details.population !== undefined && details.population !== null) {
    if (!Number.isInteger(details.population) || details.population < 0 || details.population > MAX_POPULATION) {
      problems.push(`population must be a whole number from 0 to ${MAX_POPULATION}`);
    }
  }
  if (details.seat !== undefined && details.seat !== null) {
    const seat = details.seat.trim();
    if (seat.length === 0) problems.push('seat must not be empty (send null to clear it)');
    else if (seat.length > MAX_JURISDICTION_NAME_LENGTH) problems.push(`seat must be at most ${MAX_JURISDICTION_NAME_LENGTH} characters`);
  }
  return problems;
}

/**
 * Why `parent` cannot hold a jurisdiction of tier `childTierLevel` (null when it can): the
 * parent must be exactly one tier up, and the child's tier must be configured.
 */
export function placementProblem(tierLevels: readonly number[], childTierLevel: number, parent: { code: string; tierLevel: number }): string | null {
  if (!tierLevels.includes(childTierLevel)) {
    return `"${parent.code}" is at the lowest tier (${parent.tierLevel}); nothing can sit under it`;
  }
  if (parent.tierLevel !== childTierLevel - 1) {
    return `a tier ${childTierLevel} jurisdiction must sit under a tier ${childTierLevel - 1} jurisdiction, and "${parent.code}" is at tier ${parent.tierLevel}`;
  }
  return null;
}

/**
 * The tree rules a change breaks: the problems of the tree after the change that the tree
 * did not already have (a change is not blamed for what it did not cause).
 */
export function problemsIntroduced(
  tiers: readonly TierDefinition[],
  before: readonly JurisdictionDefinition[],
  after: readonly JurisdictionDefinition[],
): string[] {
  const existing = new Set(validateJurisdictionTree(tiers, before));
  return validateJurisdictionTree(tiers, after).filter((problem) => !existing.has(problem));
}

/** What refers to a jurisdiction; any of it makes removal unsafe. */
export interface JurisdictionUsage {
  children: number;
  seatsEverHeld: number;
  meetings: number;
  elections: number;
  residents: number;
  bodyMemberships: number;
  calendarOverrides: number;
}

/**
 * Why a jurisdiction cannot be removed (empty when it can). Its code is the stable key other
 * services and records use, so only a jurisdiction nothing has ever referred to may go.
 */
export function removalBlockers(usage: JurisdictionUsage): string[] {
  const blockers: string[] = [];
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  if (usage.children > 0) blockers.push(`it has ${count(usage.children, 'child jurisdiction', 'child jurisdictions')}`);
  if (usage.seatsEverHeld > 0) blockers.push(`${count(usage.seatsEverHeld, 'of its seats has', 'of its seats have')} been held`);
  if (usage.meetings > 0) blockers.push(`it has ${count(usage.meetings, 'county meeting', 'county meetings')}`);
  if (usage.elections > 0) blockers.push(`it has ${count(usage.elections, 'election', 'elections')}`);
  if (usage.residents > 0) blockers.push(`${count(usage.residents, 'resident is', 'residents are')} registered in it`);
  if (usage.bodyMemberships > 0) blockers.push(`${count(usage.bodyMemberships, 'body membership refers', 'body memberships refer')} to it`);
  if (usage.calendarOverrides > 0) blockers.push('the calendar has a meeting-date override for it');
  return blockers;
}

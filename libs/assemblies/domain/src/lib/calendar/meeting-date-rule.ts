import { daysInMonth, formatDate, parseCalendarDate, type CalendarDate } from './calendar-date';

/** ISO weekday numbers: 1 = Monday … 7 = Sunday. */
export const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/**
 * Which occurrence of the weekday in the month: 1–4, or -1 for the last. A fifth weekday
 * is refused because most months do not have one, so the rule would fail in some years.
 */
export const ORDINALS = [1, 2, 3, 4, -1] as const;
export type Ordinal = (typeof ORDINALS)[number];

/** A date rule of the form "second Monday of April" or "last Friday of May". */
export interface NthWeekdayRule {
  nth: Ordinal;
  weekday: Weekday;
  month: number;
}

function isoWeekday(year: number, month: number, day: number): number {
  const sundayZero = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return sundayZero === 0 ? 7 : sundayZero;
}

/** The date of the nth (or last, nth = -1) weekday of a month, e.g. the second Monday of April 2026 = 2026-04-13. */
export function nthWeekdayOfMonth(year: number, month: number, weekday: Weekday, nth: Ordinal): CalendarDate {
  if (!Number.isInteger(year) || year < 1 || year > 9999) throw new RangeError(`year ${year} is out of range`);
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`month ${month} is out of range`);
  const wanted = WEEKDAYS.indexOf(weekday) + 1;
  if (wanted === 0) throw new RangeError(`unknown weekday ${String(weekday)}`);
  if (nth === -1) {
    const last = daysInMonth(year, month);
    const back = (isoWeekday(year, month, last) - wanted + 7) % 7;
    return formatDate(year, month, last - back);
  }
  if (!(ORDINALS as readonly number[]).includes(nth)) throw new RangeError(`nth must be 1–4 or -1, not ${nth}`);
  const first = 1 + ((wanted - isoWeekday(year, month, 1) + 7) % 7);
  return formatDate(year, month, first + (nth - 1) * 7);
}

export function applyRule(rule: NthWeekdayRule, year: number): CalendarDate {
  return nthWeekdayOfMonth(year, rule.month, rule.weekday, rule.nth);
}

const ORDINAL_WORDS: Record<Ordinal, string> = { 1: 'first', 2: 'second', 3: 'third', 4: 'fourth', [-1]: 'last' };
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "second Monday of April". */
export function describeRule(rule: NthWeekdayRule): string {
  const weekday = rule.weekday.charAt(0) + rule.weekday.slice(1).toLowerCase();
  return `${ORDINAL_WORDS[rule.nth]} ${weekday} of ${MONTHS[rule.month - 1] ?? `month ${rule.month}`}`;
}

export function validateRule(rule: NthWeekdayRule, field: string): string[] {
  const problems: string[] = [];
  if (!(ORDINALS as readonly number[]).includes(rule.nth)) problems.push(`${field}.nth must be 1, 2, 3, 4 or -1 (last)`);
  if (!(WEEKDAYS as readonly string[]).includes(rule.weekday)) problems.push(`${field}.weekday must be one of ${WEEKDAYS.join(', ')}`);
  if (!Number.isInteger(rule.month) || rule.month < 1 || rule.month > 12) problems.push(`${field}.month must be 1–12`);
  return problems;
}

/** A county that meets on another day: every year by its own rule, or once on a fixed date. */
export type MeetingOverride =
  { jurisdictionCode: string; kind: 'rule'; rule: NthWeekdayRule } | { jurisdictionCode: string; kind: 'date'; year: number; date: CalendarDate };

/**
 * A county's meeting date in a year: a fixed date for that year wins over the county's own
 * rule, which wins over the congress-wide rule.
 */
export function countyMeetingDate(defaultRule: NthWeekdayRule, overrides: readonly MeetingOverride[], jurisdictionCode: string, year: number): CalendarDate {
  const mine = overrides.filter((override) => override.jurisdictionCode === jurisdictionCode);
  const fixed = mine.find((override) => override.kind === 'date' && override.year === year);
  if (fixed?.kind === 'date') return fixed.date;
  const rule = mine.find((override) => override.kind === 'rule');
  return applyRule(rule?.kind === 'rule' ? rule.rule : defaultRule, year);
}

export function validateOverrides(overrides: readonly MeetingOverride[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  overrides.forEach((override, index) => {
    const field = `calendar.overrides[${index}]`;
    const key = override.kind === 'rule' ? `${override.jurisdictionCode}:rule` : `${override.jurisdictionCode}:${override.year}`;
    if (seen.has(key)) problems.push(`${field} repeats an override for ${override.jurisdictionCode}`);
    seen.add(key);
    if (override.kind === 'rule') {
      problems.push(...validateRule(override.rule, `${field}.rule`));
    } else {
      const parsed = parseCalendarDate(override.date);
      if (!parsed) problems.push(`${field}.date must be a real date written YYYY-MM-DD`);
      else if (parsed.year !== override.year) problems.push(`${field}.date must fall in ${override.year}`);
    }
  });
  return problems;
}

/**
 * Calendar dates of the congress ("2026-04-13"), kept as ISO strings without a time zone:
 * they are local dates in the congress's time zone, and only their ordering matters here.
 */
export type CalendarDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function formatDate(year: number, month: number, day: number): CalendarDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Parses "YYYY-MM-DD"; null when malformed or not a real day (2026-02-30). */
export function parseCalendarDate(value: string): { year: number; month: number; day: number } | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isCalendarDate(value: string): boolean {
  return parseCalendarDate(value) !== null;
}

export function yearOf(date: CalendarDate): number {
  const parsed = parseCalendarDate(date);
  if (!parsed) throw new RangeError(`"${date}" is not a calendar date`);
  return parsed.year;
}

/** The UTC calendar date of an instant; the congress calendar is coarse enough for that. */
export function calendarDateOf(instant: Date): CalendarDate {
  return formatDate(instant.getUTCFullYear(), instant.getUTCMonth() + 1, instant.getUTCDate());
}

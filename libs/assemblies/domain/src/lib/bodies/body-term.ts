import { formatDate, parseCalendarDate, type CalendarDate } from '../calendar';

/** Offices and council seats run for one year: to the same day a year later (29 February → 28 February). */
export function oneYearTerm(start: CalendarDate): { termStart: CalendarDate; termEnd: CalendarDate } {
  const parsed = parseCalendarDate(start);
  if (!parsed) throw new RangeError(`"${start}" is not a calendar date`);
  const day = parsed.month === 2 && parsed.day === 29 ? 28 : parsed.day;
  return { termStart: start, termEnd: formatDate(parsed.year + 1, parsed.month, day) };
}

/** A membership counts from its start until its term ends or it is ended early. */
export function isCurrentMembership(membership: { termStart: CalendarDate; termEnd: CalendarDate; ended: boolean }, today: CalendarDate): boolean {
  return !membership.ended && membership.termStart <= today && today < membership.termEnd;
}

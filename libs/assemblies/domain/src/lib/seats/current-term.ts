import { yearOf, type CalendarDate } from '../calendar';
import { termRunningIn, type SeatClass } from './seat-schedule';

export interface DatedTerm {
  startYear: number;
  endYear: number;
  /** The meeting date of the election that began the term. */
  termStart: CalendarDate;
  /** The meeting date of the election that ends it. */
  termEnd: CalendarDate;
}

/**
 * The term of a seat running on `today`: terms begin and end at the county meeting, so
 * on the meeting day itself the new term has begun.
 */
export function termCovering(
  seatClass: SeatClass,
  today: CalendarDate,
  meetingDateIn: (year: number) => CalendarDate,
  cancelledYears: readonly number[] = [],
): DatedTerm {
  const year = yearOf(today);
  // In a cancelled year no class is up, so whether its meeting has passed changes nothing.
  const { startYear, endYear } = termRunningIn(seatClass, year, today >= meetingDateIn(year), cancelledYears);
  return { startYear, endYear, termStart: meetingDateIn(startYear), termEnd: meetingDateIn(endYear) };
}

import type { InputProblem } from '@civic/util';

/**
 * A county assembly: one meeting per constituent jurisdiction (county) per congress year,
 * with its place, time and agenda. Check-in runs while it is open.
 */
export const MEETING_STATUSES = ['scheduled', 'open', 'closed'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const MEETING_LIMITS = {
  placeLength: 200,
  agendaItems: 50,
  titleLength: 200,
  descriptionLength: 2_000,
  /** A county assembly is one sitting, not a series: longer is surely a typo. */
  maxDurationHours: 24,
  firstYear: 2000,
  lastYear: 2100,
} as const;

export interface AgendaItemDraft {
  title: string;
  description: string;
}

export interface MeetingDraft {
  year: number;
  place: string;
  startsAt: Date;
  endsAt: Date;
  agenda: readonly AgendaItemDraft[];
}

/** The draft with text trimmed, so that what is validated is what is stored. */
export function normalizeMeetingDraft(draft: MeetingDraft): MeetingDraft {
  return {
    ...draft,
    place: draft.place.trim(),
    agenda: draft.agenda.map((item) => ({ title: item.title.trim(), description: item.description.trim() })),
  };
}

/**
 * Every way a (normalized) draft breaks the rules; empty when valid. The year is the
 * congress year, counted in the congress's time zone, so that a meeting starting late on
 * 31 December in Wisconsin is not filed under the next year because UTC already is.
 */
export function meetingDraftProblems(draft: MeetingDraft, timeZone: string): InputProblem[] {
  const problems: InputProblem[] = [];
  const { year, place, startsAt, endsAt, agenda } = draft;
  if (!Number.isInteger(year) || year < MEETING_LIMITS.firstYear || year > MEETING_LIMITS.lastYear) {
    problems.push({ field: 'year', message: `year must be a whole year between ${MEETING_LIMITS.firstYear} and ${MEETING_LIMITS.lastYear}` });
  }
  if (place.length === 0) problems.push({ field: 'place', message: 'place is required' });
  if (place.length > MEETING_LIMITS.placeLength) {
    problems.push({ field: 'place', message: `place must be at most ${MEETING_LIMITS.placeLength} characters` });
  }
  const validTimes = !Number.isNaN(startsAt.getTime()) && !Number.isNaN(endsAt.getTime());
  if (!validTimes) problems.push({ field: 'startsAt', message: 'startsAt and endsAt must be valid times' });
  if (validTimes) {
    if (endsAt.getTime() <= startsAt.getTime()) problems.push({ field: 'endsAt', message: 'endsAt must be after startsAt' });
    if (endsAt.getTime() - startsAt.getTime() > MEETING_LIMITS.maxDurationHours * 3_600_000) {
      problems.push({ field: 'endsAt', message: `a meeting lasts at most ${MEETING_LIMITS.maxDurationHours} hours` });
    }
    if (Number.isInteger(year) && calendarYear(startsAt, timeZone) !== year) {
      problems.push({ field: 'startsAt', message: `startsAt must fall in ${year} (${timeZone})` });
    }
  }
  if (agenda.length > MEETING_LIMITS.agendaItems) {
    problems.push({ field: 'agenda', message: `an agenda has at most ${MEETING_LIMITS.agendaItems} items` });
  }
  agenda.forEach((item, index) => {
    if (item.title.length === 0) problems.push({ field: `agenda.${index}.title`, message: 'an agenda item needs a title' });
    if (item.title.length > MEETING_LIMITS.titleLength) {
      problems.push({ field: `agenda.${index}.title`, message: `a title has at most ${MEETING_LIMITS.titleLength} characters` });
    }
    if (item.description.length > MEETING_LIMITS.descriptionLength) {
      problems.push({
        field: `agenda.${index}.description`,
        message: `a description has at most ${MEETING_LIMITS.descriptionLength} characters`,
      });
    }
  });
  return problems;
}

/** The calendar year of `at` in an IANA time zone. */
export function calendarYear(at: Date, timeZone: string): number {
  return Number(new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric' }).format(at));
}

export type MeetingAction = 'open' | 'close';

export type TransitionDecision = { kind: 'change'; next: MeetingStatus } | { kind: 'refuse'; reason: string };

/**
 * scheduled → open (check-in running) → closed. A closed meeting stays closed: its
 * attendance is the record its elections are counted against.
 */
export function transitionMeeting(current: MeetingStatus, action: MeetingAction): TransitionDecision {
  if (action === 'open') {
    return current === 'scheduled'
      ? { kind: 'change', next: 'open' }
      : { kind: 'refuse', reason: `only a scheduled meeting can be opened; this one is ${current}` };
  }
  return current === 'open' ? { kind: 'change', next: 'closed' } : { kind: 'refuse', reason: `only an open meeting can be closed; this one is ${current}` };
}

/** Place, time and agenda may change until the meeting closes. */
export function canEditMeeting(status: MeetingStatus): boolean {
  return status !== 'closed';
}

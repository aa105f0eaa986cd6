import { calendarYear, canEditMeeting, meetingDraftProblems, normalizeMeetingDraft, transitionMeeting, type MeetingDraft } from './county-meeting';

const TZ = 'America/Chicago';
const draft = (overrides: Partial<MeetingDraft> = {}): MeetingDraft => ({
  year: 2027,
  place: 'Monona Terrace, Madison',
  startsAt: new Date('2027-04-12T23:00:00Z'),
  endsAt: new Date('2027-04-13T02:00:00Z'),
  agenda: [{ title: 'Call to order', description: '' }],
  ...overrides,
});

describe('meetingDraftProblems', () => {
  it('accepts a well-formed draft', () => {
    expect(meetingDraftProblems(draft(), TZ)).toEqual([]);
  });

  it('names each broken rule by field', () => {
    const problems = meetingDraftProblems(
      normalizeMeetingDraft(
        draft({
          year: 1999,
          place: '   ',
          endsAt: new Date('2027-04-12T22:00:00Z'),
          agenda: [{ title: ' ', description: 'x'.repeat(2_001) }],
        }),
      ),
      TZ,
    );
    expect(problems.map((problem) => problem.field).sort()).toEqual(['agenda.0.description', 'agenda.0.title', 'endsAt', 'place', 'startsAt', 'year'].sort());
  });

  it('counts the congress year in the congress time zone', () => {
    // 05:00 UTC on 1 January is still 31 December in Wisconsin.
    const lateOnNewYearsEve = new Date('2027-01-01T05:00:00Z');
    expect(calendarYear(lateOnNewYearsEve, TZ)).toBe(2026);
    expect(meetingDraftProblems(draft({ year: 2026, startsAt: lateOnNewYearsEve, endsAt: new Date('2027-01-01T06:00:00Z') }), TZ)).toEqual([]);
    expect(meetingDraftProblems(draft({ year: 2027, startsAt: lateOnNewYearsEve, endsAt: new Date('2027-01-01T06:00:00Z') }), TZ)).toEqual([
      { field: 'startsAt', message: 'startsAt must fall in 2027 (America/Chicago)' },
    ]);
  });

  it('refuses invalid times, meetings over a day and overlong agendas', () => {
    expect(meetingDraftProblems(draft({ startsAt: new Date('nope') }), TZ).map((p) => p.field)).toContain('startsAt');
    expect(meetingDraftProblems(draft({ endsAt: new Date('2027-04-14T23:00:00Z') }), TZ).map((p) => p.field)).toEqual(['endsAt']);
    const agenda = Array.from({ length: 51 }, (_, i) => ({ title: `Item ${i}`, description: '' }));
    expect(meetingDraftProblems(draft({ agenda }), TZ).map((p) => p.field)).toEqual(['agenda']);
  });
});

describe('transitionMeeting', () => {
  it('goes scheduled → open → closed and nowhere else', () => {
    expect(transitionMeeting('scheduled', 'open')).toEqual({ kind: 'change', next: 'open' });
    expect(transitionMeeting('open', 'close')).toEqual({ kind: 'change', next: 'closed' });
    expect(transitionMeeting('scheduled', 'close').kind).toBe('refuse');
    expect(transitionMeeting('open', 'open').kind).toBe('refuse');
    expect(transitionMeeting('closed', 'open').kind).toBe('refuse');
    expect(transitionMeeting('closed', 'close').kind).toBe('refuse');
  });

  it('allows edits until the meeting closes', () => {
    expect([canEditMeeting('scheduled'), canEditMeeting('open'), canEditMeeting('closed')]).toEqual([true, true, false]);
  });
});

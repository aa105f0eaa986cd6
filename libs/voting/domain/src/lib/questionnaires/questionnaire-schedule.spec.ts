import { dueScheduledAction, scheduleProblems, takesBallots } from './questionnaire';

const at = (iso: string) => new Date(iso);
const NOW = at('2027-04-12T12:00:00Z');

describe('scheduled voting windows', () => {
  it('opens a draft once its opening time has come, and closes an open one once its closing time has', () => {
    expect(dueScheduledAction('draft', { opensAt: at('2027-04-12T11:00:00Z'), closesAt: at('2027-04-15T00:00:00Z') }, NOW)).toBe('open');
    expect(dueScheduledAction('draft', { opensAt: at('2027-04-12T13:00:00Z'), closesAt: at('2027-04-15T00:00:00Z') }, NOW)).toBeNull();
    expect(dueScheduledAction('open', { opensAt: at('2027-04-10T00:00:00Z'), closesAt: at('2027-04-12T12:00:00Z') }, NOW)).toBe('close');
    expect(dueScheduledAction('open', { opensAt: at('2027-04-10T00:00:00Z'), closesAt: null }, NOW)).toBeNull();
  });

  it('never opens a window that has already passed, nor touches a closed or certified questionnaire', () => {
    expect(dueScheduledAction('draft', { opensAt: at('2027-04-01T00:00:00Z'), closesAt: at('2027-04-02T00:00:00Z') }, NOW)).toBeNull();
    expect(dueScheduledAction('closed', { opensAt: at('2027-04-01T00:00:00Z'), closesAt: at('2027-04-02T00:00:00Z') }, NOW)).toBeNull();
    expect(dueScheduledAction('certified', { opensAt: null, closesAt: null }, NOW)).toBeNull();
  });

  it('refuses a window that ends before it starts or is already over, and a finished questionnaire', () => {
    expect(scheduleProblems('draft', { opensAt: at('2027-04-13T00:00:00Z'), closesAt: at('2027-04-12T13:00:00Z') }, NOW).map((p) => p.field)).toEqual([
      'closesAt',
    ]);
    expect(scheduleProblems('draft', { opensAt: at('2027-04-01T00:00:00Z'), closesAt: at('2027-04-02T00:00:00Z') }, NOW).map((p) => p.field)).toEqual([
      'closesAt',
    ]);
    expect(scheduleProblems('closed', { opensAt: at('2027-04-13T00:00:00Z'), closesAt: at('2027-04-14T00:00:00Z') }, NOW).map((p) => p.field)).toEqual([
      'year',
    ]);
    expect(scheduleProblems('draft', { opensAt: at('2027-04-13T00:00:00Z'), closesAt: at('2027-04-14T00:00:00Z') }, NOW)).toEqual([]);
  });
});

describe('takesBallots: the stored window is the law', () => {
  const window = { opensAt: at('2027-04-12T11:00:00Z'), closesAt: at('2027-04-12T14:00:00Z') };

  it('takes ballots while open and inside the window', () => {
    expect(takesBallots({ status: 'open', ...window }, NOW)).toBe(true);
    expect(takesBallots({ status: 'open', opensAt: NOW, closesAt: null }, NOW)).toBe(true);
  });

  it('refuses after closesAt even if the closing job has not run, and before opensAt', () => {
    expect(takesBallots({ status: 'open', ...window }, at('2027-04-12T14:00:00Z'))).toBe(false);
    expect(takesBallots({ status: 'open', ...window }, at('2027-04-12T10:59:59Z'))).toBe(false);
  });

  it('refuses whenever the questionnaire is not open, inside the window or not', () => {
    for (const status of ['draft', 'closed', 'certified'] as const) expect(takesBallots({ status, ...window }, NOW)).toBe(false);
  });
});

import { startOfLocalDay, wisconsinCycle } from './wisconsin-cycle';

describe('wisconsinCycle', () => {
  it('opens on January 5 and closes at the end of February 9, Chicago time (CST, UTC-6)', () => {
    const cycle = wisconsinCycle(2027);
    expect(cycle.windowOpensAt.toISOString()).toBe('2027-01-05T06:00:00.000Z');
    expect(cycle.windowClosesAt.toISOString()).toBe('2027-02-10T06:00:00.000Z');
    expect(cycle).toMatchObject({ year: 2027, maxCharacters: 2000, maxPerPerson: 2 });
  });
});

describe('startOfLocalDay', () => {
  it('follows daylight saving time', () => {
    expect(startOfLocalDay(2027, 7, 1, 'America/Chicago').toISOString()).toBe('2027-07-01T05:00:00.000Z');
    // The day DST begins (March 14, 2027) starts before the change, in CST.
    expect(startOfLocalDay(2027, 3, 14, 'America/Chicago').toISOString()).toBe('2027-03-14T06:00:00.000Z');
    expect(startOfLocalDay(2027, 3, 15, 'America/Chicago').toISOString()).toBe('2027-03-15T05:00:00.000Z');
  });

  it('works east of UTC too', () => {
    expect(startOfLocalDay(2027, 1, 5, 'Europe/Berlin').toISOString()).toBe('2027-01-04T23:00:00.000Z');
    expect(startOfLocalDay(2027, 1, 5, 'UTC').toISOString()).toBe('2027-01-05T00:00:00.000Z');
  });
});

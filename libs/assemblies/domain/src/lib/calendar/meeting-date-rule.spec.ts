import fc from 'fast-check';
import { parseCalendarDate } from './calendar-date';
import {
  applyRule,
  countyMeetingDate,
  describeRule,
  nthWeekdayOfMonth,
  validateOverrides,
  validateRule,
  WEEKDAYS,
  type NthWeekdayRule,
} from './meeting-date-rule';

const weekdayOf = (date: string) => {
  const parsed = parseCalendarDate(date);
  if (!parsed) throw new Error(date);
  return WEEKDAYS[(new Date(Date.UTC(parsed.year, parsed.month - 1, parsed.day)).getUTCDay() + 6) % 7];
};

describe('nthWeekdayOfMonth', () => {
  it('finds the Spring Hearing dates (second Monday of April) of known years', () => {
    const known: Record<number, string> = {
      2019: '2019-04-08',
      2020: '2020-04-13',
      2023: '2023-04-10',
      2024: '2024-04-08',
      2025: '2025-04-14',
      2026: '2026-04-13',
      2027: '2027-04-12',
    };
    for (const [year, date] of Object.entries(known)) expect(nthWeekdayOfMonth(Number(year), 4, 'MONDAY', 2)).toBe(date);
  });

  it('handles a month that starts on the wanted weekday, and the last weekday', () => {
    expect(nthWeekdayOfMonth(2024, 4, 'MONDAY', 1)).toBe('2024-04-01');
    expect(nthWeekdayOfMonth(2024, 4, 'MONDAY', 4)).toBe('2024-04-22');
    expect(nthWeekdayOfMonth(2024, 4, 'MONDAY', -1)).toBe('2024-04-29');
    expect(nthWeekdayOfMonth(2024, 3, 'SUNDAY', -1)).toBe('2024-03-31');
    expect(nthWeekdayOfMonth(2025, 5, 'FRIDAY', -1)).toBe('2025-05-30');
  });

  it('handles February in leap and common years', () => {
    expect(nthWeekdayOfMonth(2024, 2, 'THURSDAY', -1)).toBe('2024-02-29');
    expect(nthWeekdayOfMonth(2023, 2, 'TUESDAY', -1)).toBe('2023-02-28');
    expect(nthWeekdayOfMonth(2100, 2, 'SUNDAY', -1)).toBe('2100-02-28');
    expect(nthWeekdayOfMonth(2000, 2, 'TUESDAY', -1)).toBe('2000-02-29');
  });

  it('always lands on the right weekday, in the right week of the month, over 400 years', () => {
    const wrong: string[] = [];
    for (let year = 1900; year < 2300; year += 1) {
      for (const month of [1, 2, 4, 5, 12]) {
        const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
        for (const weekday of WEEKDAYS) {
          for (const nth of [1, 2, 3, 4, -1] as const) {
            const date = nthWeekdayOfMonth(year, month, weekday, nth);
            const parsed = parseCalendarDate(date);
            const day = parsed?.day ?? 0;
            const rightWeek = nth === -1 ? daysInMonth - day < 7 : Math.ceil(day / 7) === nth;
            if (weekdayOf(date) !== weekday || !rightWeek || parsed?.month !== month) wrong.push(`${year}-${month} ${nth} ${weekday}: ${date}`);
          }
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('is the fourth or fifth occurrence when asked for the last (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.constantFrom(...WEEKDAYS), (year, month, weekday) => {
        const day = parseCalendarDate(nthWeekdayOfMonth(year, month, weekday, -1))?.day ?? 0;
        return day >= 22 && day <= 31;
      }),
    );
  });

  it('refuses impossible arguments', () => {
    expect(() => nthWeekdayOfMonth(2026, 13, 'MONDAY', 1)).toThrow(RangeError);
    expect(() => nthWeekdayOfMonth(2026, 4, 'MONDAY', 5 as never)).toThrow(RangeError);
    expect(() => nthWeekdayOfMonth(0, 4, 'MONDAY', 1)).toThrow(RangeError);
  });
});

describe('rules and overrides', () => {
  const spring: NthWeekdayRule = { nth: 2, weekday: 'MONDAY', month: 4 };

  it('describes a rule in words', () => {
    expect(describeRule(spring)).toBe('second Monday of April');
    expect(describeRule({ nth: -1, weekday: 'FRIDAY', month: 5 })).toBe('last Friday of May');
  });

  it('uses a fixed date for that year, then the county rule, then the congress rule', () => {
    const overrides = [
      { jurisdictionCode: '55025', kind: 'date' as const, year: 2026, date: '2026-04-20' },
      { jurisdictionCode: '55025', kind: 'rule' as const, rule: { nth: 3, weekday: 'TUESDAY', month: 4 } as NthWeekdayRule },
    ];
    expect(countyMeetingDate(spring, overrides, '55025', 2026)).toBe('2026-04-20');
    expect(countyMeetingDate(spring, overrides, '55025', 2027)).toBe('2027-04-20');
    expect(countyMeetingDate(spring, overrides, '55001', 2026)).toBe(applyRule(spring, 2026));
  });

  it('rejects bad rules and overrides with a message per problem', () => {
    expect(validateRule({ nth: 5 as never, weekday: 'FUNDAY' as never, month: 13 }, 'r')).toHaveLength(3);
    expect(validateRule(spring, 'r')).toEqual([]);
    expect(
      validateOverrides([
        { jurisdictionCode: 'X', kind: 'date', year: 2026, date: '2026-02-30' },
        { jurisdictionCode: 'X', kind: 'date', year: 2027, date: '2026-04-01' },
        { jurisdictionCode: 'X', kind: 'date', year: 2027, date: '2027-04-01' },
      ]),
    ).toEqual([
      'calendar.overrides[0].date must be a real date written YYYY-MM-DD',
      'calendar.overrides[1].date must fall in 2027',
      'calendar.overrides[2] repeats an override for X',
    ]);
  });
});

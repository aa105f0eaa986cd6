import { nthWeekdayOfMonth } from '../calendar';
import { termCovering } from './current-term';
import { staggeredFiveSeatClasses } from './seat-schedule';

const meeting = (year: number) => nthWeekdayOfMonth(year, 4, 'MONDAY', 2);
const [a, , , , e] = staggeredFiveSeatClasses().classes;

describe('termCovering', () => {
  it('switches to the new term on the meeting day', () => {
    if (!a || !e) throw new Error('classes');
    expect(termCovering(a, '2026-04-12', meeting)).toEqual({ startYear: 2024, endYear: 2026, termStart: '2024-04-08', termEnd: '2026-04-13' });
    expect(termCovering(a, '2026-04-13', meeting)).toEqual({ startYear: 2026, endYear: 2028, termStart: '2026-04-13', termEnd: '2028-04-10' });
    expect(termCovering(e, '2026-07-01', meeting)).toEqual({ startYear: 2024, endYear: 2027, termStart: '2024-04-08', termEnd: '2027-04-12' });
  });

  it('always covers the day it is asked about', () => {
    for (const seatClass of staggeredFiveSeatClasses().classes) {
      for (let year = 2020; year < 2040; year += 1) {
        for (const day of [`${year}-01-01`, meeting(year), `${year}-12-31`]) {
          const term = termCovering(seatClass, day, meeting, [2030]);
          expect(term.termStart <= day && day < term.termEnd).toBe(true);
        }
      }
    }
  });
});

import fc from 'fast-check';
import {
  isUpInYear,
  nextElectionYear,
  seatsUpInYear,
  seatsUpRange,
  staggeredFiveSeatClasses,
  termElectedIn,
  termRunningIn,
  validateSeatClasses,
  type SeatClass,
} from './seat-schedule';

const { classes, seatClassCodes } = staggeredFiveSeatClasses();
const classOf = (code: string): SeatClass => {
  const found = classes.find((seatClass) => seatClass.code === code);
  if (!found) throw new Error(code);
  return found;
};

describe('the default staggered scheme', () => {
  it('puts exactly 2 of 5 seats up every year for 1,000 years', () => {
    for (let year = 1600; year < 2600; year += 1) expect(seatsUpInYear(classes, seatClassCodes, year)).toHaveLength(2);
  });

  it('has one 2-year seat and one 3-year seat up each year', () => {
    for (let year = 2000; year < 2100; year += 1) {
      const up = seatsUpInYear(classes, seatClassCodes, year).map((seat) => classOf(seatClassCodes[seat - 1] ?? '').termYears);
      expect(up.sort()).toEqual([2, 3]);
    }
  });

  it('uses 2- and 3-year terms and elects every seat once per term', () => {
    expect(classes.filter((c) => c.termYears === 2)).toHaveLength(2);
    expect(classes.filter((c) => c.termYears === 3)).toHaveLength(3);
    for (const seatClass of classes) {
      for (let year = 2000; year < 2060; year += 1) {
        if (!isUpInYear(seatClass, year)) continue;
        expect(termElectedIn(seatClass, year)).toEqual({ startYear: year, endYear: year + seatClass.termYears });
      }
    }
  });

  it('knows which seats are up in 2026 and 2027', () => {
    expect(seatsUpInYear(classes, seatClassCodes, 2026)).toEqual([1, 4]);
    expect(seatsUpInYear(classes, seatClassCodes, 2027)).toEqual([2, 5]);
    expect(seatsUpInYear(classes, seatClassCodes, 2028)).toEqual([1, 3]);
    expect(seatsUpRange(classes, seatClassCodes)).toEqual({ min: 2, max: 2 });
  });

  it('still puts 2 up every year (and none in the cancelled ones) after term extensions', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 2000, max: 2100 }), { maxLength: 5 }), (cancelled) => {
        for (let year = 1990; year < 2120; year += 1) {
          const up = seatsUpInYear(classes, seatClassCodes, year, cancelled);
          if (up.length !== (cancelled.includes(year) ? 0 : 2)) return false;
        }
        return true;
      }),
    );
  });

  it('moves the cycle one year later after a cancelled year (2021)', () => {
    const up2021 = seatsUpInYear(classes, seatClassCodes, 2021);
    expect(seatsUpInYear(classes, seatClassCodes, 2022, [2021])).toEqual(up2021);
    expect(nextElectionYear(classOf('A'), 2020, [2021])).toBe(2023);
    expect(nextElectionYear(classOf('A'), 2020, [])).toBe(2022);
  });
});

describe('terms', () => {
  it('refuses a term in a year the class is not up', () => {
    expect(() => termElectedIn(classOf('A'), 2025)).toThrow(RangeError);
  });

  it('gives the term running in a year, before and after that year’s meeting', () => {
    expect(termRunningIn(classOf('A'), 2026, false)).toEqual({ startYear: 2024, endYear: 2026 });
    expect(termRunningIn(classOf('A'), 2026, true)).toEqual({ startYear: 2026, endYear: 2028 });
    expect(termRunningIn(classOf('E'), 2026, true)).toEqual({ startYear: 2024, endYear: 2027 });
  });

  it('validates classes', () => {
    expect(validateSeatClasses(classes)).toEqual([]);
    expect(validateSeatClasses([])).toEqual(['at least one seat class is required']);
    expect(
      validateSeatClasses([
        { code: 'a', termYears: 0, anchorYear: 1800 },
        { code: 'a', termYears: 2, anchorYear: 2024 },
      ]),
    ).toEqual([
      'seatClasses[0].code must be 1–8 capital letters or digits, starting with a letter',
      'seatClasses[0].termYears must be 1–10',
      'seatClasses[0].anchorYear must be a year between 1900 and 2200',
      'seatClasses[1].code must be 1–8 capital letters or digits, starting with a letter',
      'seatClasses[1].code "a" is used twice',
    ]);
  });

  it('shows an unbalanced plan as such', () => {
    const allTwo = [{ code: 'A', termYears: 2, anchorYear: 2024 }];
    expect(seatsUpRange(allTwo, ['A', 'A', 'A'])).toEqual({ min: 0, max: 3 });
  });
});

/**
 * Seat classes and the election cycle.
 *
 * A class fixes a term length and an anchor year: a seat of the class is up in every year
 * `anchorYear + k × termYears`. Staggering comes from giving the seats of a jurisdiction
 * classes with different anchors.
 *
 * The Wisconsin default (5 seats, 2 up every year, terms of 2 and 3 years) needs two
 * 2-year seats and three 3-year seats: with a 2-year and b 3-year seats, a/2 + b/3 = 2 and
 * a + b = 5 give a = 2, b = 3. Anchoring the 2-year seats on consecutive years (even/odd)
 * puts exactly one of them up each year; anchoring the three 3-year seats on three
 * consecutive years puts exactly one of them up each year. So every year exactly 2 are up:
 *
 *   seat 1 class A: 2 years, up in even years      seat 3 class C: 3 years, up when year ≡ 0 (mod 3)
 *   seat 2 class B: 2 years, up in odd years       seat 4 class D: 3 years, up when year ≡ 1 (mod 3)
 *                                                  seat 5 class E: 3 years, up when year ≡ 2 (mod 3)
 *
 * Term extensions: when a year's elections are cancelled (as in 2021–22), every term in
 * office runs one year longer and the whole cycle moves one year later, so the years after
 * keep exactly the same number of seats up.
 */
export interface SeatClass {
  code: string;
  termYears: number;
  /** Any year in which seats of this class are up (the cycle repeats every termYears). */
  anchorYear: number;
}

export const SEAT_CLASS_CODE_PATTERN = /^[A-Z][A-Z0-9]{0,7}$/;
export const MAX_TERM_YEARS = 10;

function mod(a: number, n: number): number {
  return ((a % n) + n) % n;
}

/** How many cancelled years precede this year: the cycle has moved that many years later. */
function shiftAt(year: number, cancelledYears: readonly number[]): number {
  return cancelledYears.filter((cancelled) => cancelled < year).length;
}

/** Whether seats of this class are up for election in `year`, given the years whose elections were cancelled. */
export function isUpInYear(seatClass: SeatClass, year: number, cancelledYears: readonly number[] = []): boolean {
  if (cancelledYears.includes(year)) return false;
  return mod(year - shiftAt(year, cancelledYears) - seatClass.anchorYear, seatClass.termYears) === 0;
}

/** The seat numbers (1-based, in the order of `seatClassCodes`) that are up in `year`. */
export function seatsUpInYear(
  classes: readonly SeatClass[],
  seatClassCodes: readonly string[],
  year: number,
  cancelledYears: readonly number[] = [],
): number[] {
  const byCode = new Map(classes.map((seatClass) => [seatClass.code, seatClass]));
  const up: number[] = [];
  seatClassCodes.forEach((code, index) => {
    const seatClass = byCode.get(code);
    if (!seatClass) throw new RangeError(`seat ${index + 1} has unknown class "${code}"`);
    if (isUpInYear(seatClass, year, cancelledYears)) up.push(index + 1);
  });
  return up;
}

/** The first year after `year` in which the class is up: when a term begun in `year` ends. */
export function nextElectionYear(seatClass: SeatClass, year: number, cancelledYears: readonly number[] = []): number {
  for (let candidate = year + 1; candidate <= year + seatClass.termYears + cancelledYears.length + 1; candidate += 1) {
    if (isUpInYear(seatClass, candidate, cancelledYears)) return candidate;
  }
  throw new RangeError(`class ${seatClass.code} is never up after ${year}`);
}

/** The last year up to and including `year` in which the class was up. */
export function lastElectionYear(seatClass: SeatClass, year: number, cancelledYears: readonly number[] = []): number {
  for (let candidate = year; candidate >= year - seatClass.termYears - cancelledYears.length - 1; candidate -= 1) {
    if (isUpInYear(seatClass, candidate, cancelledYears)) return candidate;
  }
  throw new RangeError(`class ${seatClass.code} was never up before ${year}`);
}

export interface TermYears {
  /** The year of the election that starts the term. */
  startYear: number;
  /** The year of the election that ends it (the successor's). */
  endYear: number;
}

/** The term won at the election of `electionYear`; throws when the class is not up that year. */
export function termElectedIn(seatClass: SeatClass, electionYear: number, cancelledYears: readonly number[] = []): TermYears {
  if (!isUpInYear(seatClass, electionYear, cancelledYears)) {
    throw new RangeError(`class ${seatClass.code} is not up in ${electionYear}`);
  }
  return { startYear: electionYear, endYear: nextElectionYear(seatClass, electionYear, cancelledYears) };
}

/**
 * The term running in `year`. `meetingHeld` says whether that year's election has taken
 * place yet: before the meeting, the term elected last cycle is still running.
 */
export function termRunningIn(seatClass: SeatClass, year: number, meetingHeld: boolean, cancelledYears: readonly number[] = []): TermYears {
  const startYear = lastElectionYear(seatClass, meetingHeld ? year : year - 1, cancelledYears);
  return { startYear, endYear: nextElectionYear(seatClass, startYear, cancelledYears) };
}

/** The Wisconsin default: five seats staggered so that exactly two are up each year. */
export function staggeredFiveSeatClasses(): { classes: SeatClass[]; seatClassCodes: string[] } {
  return {
    classes: [
      { code: 'A', termYears: 2, anchorYear: 2024 },
      { code: 'B', termYears: 2, anchorYear: 2025 },
      { code: 'C', termYears: 3, anchorYear: 2025 },
      { code: 'D', termYears: 3, anchorYear: 2026 },
      { code: 'E', termYears: 3, anchorYear: 2027 },
    ],
    seatClassCodes: ['A', 'B', 'C', 'D', 'E'],
  };
}

export function validateSeatClasses(classes: readonly SeatClass[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  classes.forEach((seatClass, index) => {
    const field = `seatClasses[${index}]`;
    if (!SEAT_CLASS_CODE_PATTERN.test(seatClass.code)) problems.push(`${field}.code must be 1–8 capital letters or digits, starting with a letter`);
    if (seen.has(seatClass.code)) problems.push(`${field}.code "${seatClass.code}" is used twice`);
    seen.add(seatClass.code);
    if (!Number.isInteger(seatClass.termYears) || seatClass.termYears < 1 || seatClass.termYears > MAX_TERM_YEARS) {
      problems.push(`${field}.termYears must be 1–${MAX_TERM_YEARS}`);
    }
    if (!Number.isInteger(seatClass.anchorYear) || seatClass.anchorYear < 1900 || seatClass.anchorYear > 2200) {
      problems.push(`${field}.anchorYear must be a year between 1900 and 2200`);
    }
  });
  if (classes.length === 0) problems.push('at least one seat class is required');
  return problems;
}

/** The least and most seats of one jurisdiction up in any year of a full cycle (for display and checks). */
export function seatsUpRange(classes: readonly SeatClass[], seatClassCodes: readonly string[]): { min: number; max: number } {
  const cycle = classes.reduce((lcm, seatClass) => lcmOf(lcm, seatClass.termYears), 1);
  let min = Number.POSITIVE_INFINITY;
  let max = 0;
  for (let year = 2000; year < 2000 + cycle; year += 1) {
    const count = seatsUpInYear(classes, seatClassCodes, year).length;
    min = Math.min(min, count);
    max = Math.max(max, count);
  }
  return { min: seatClassCodes.length === 0 ? 0 : min, max };
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}
function lcmOf(a: number, b: number): number {
  return (a * b) / gcd(a, b);
}

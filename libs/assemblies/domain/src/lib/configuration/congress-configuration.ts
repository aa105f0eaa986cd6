import { validateOverrides, validateRule, type MeetingOverride, type NthWeekdayRule } from '../calendar';
import { staggeredFiveSeatClasses, validateSeatClasses, validateTermLimit, type SeatClass, type TermLimit } from '../seats';

/** How many seats each jurisdiction of a tier has, and the class of each seat (seat n has seatClassCodes[n-1]). */
export interface TierSeatPlan {
  tierLevel: number;
  seatClassCodes: string[];
}

export interface CongressCalendar {
  countyMeeting: NthWeekdayRule;
  convention: NthWeekdayRule;
  overrides: MeetingOverride[];
}

/**
 * The editable configuration of a congress. Stored as one document so that every change,
 * whatever its section, is recorded the same way (before and after, who, when, why).
 */
export interface CongressConfiguration {
  seatClasses: SeatClass[];
  seatPlans: TierSeatPlan[];
  termLimit: TermLimit | null;
  calendar: CongressCalendar;
}

export const MAX_SEATS_PER_JURISDICTION = 50;

/**
 * The default that ships (Wisconsin's): 5 seats per county (tier 2), staggered 2/3-year
 * terms, no term limit, county meetings on the second Monday of April, the convention on
 * the second Friday of May.
 */
export function defaultCongressConfiguration(): CongressConfiguration {
  const { classes, seatClassCodes } = staggeredFiveSeatClasses();
  return {
    seatClasses: classes,
    seatPlans: [{ tierLevel: 2, seatClassCodes }],
    termLimit: null,
    calendar: {
      countyMeeting: { nth: 2, weekday: 'MONDAY', month: 4 },
      convention: { nth: 2, weekday: 'FRIDAY', month: 5 },
      overrides: [],
    },
  };
}

/** Every way a configuration breaks the rules (empty when valid). `tierLevels` are the configured tiers. */
export function validateConfiguration(
  configuration: CongressConfiguration,
  context: { tierLevels: readonly number[]; jurisdictionCodes?: ReadonlySet<string> },
): string[] {
  const problems = validateSeatClasses(configuration.seatClasses);
  const classCodes = new Set(configuration.seatClasses.map((seatClass) => seatClass.code));
  const tiers = new Set<number>();
  configuration.seatPlans.forEach((plan, index) => {
    const field = `seatPlans[${index}]`;
    if (!context.tierLevels.includes(plan.tierLevel)) problems.push(`${field}.tierLevel ${plan.tierLevel} is not a configured tier`);
    if (tiers.has(plan.tierLevel)) problems.push(`${field}.tierLevel ${plan.tierLevel} has two seat plans`);
    tiers.add(plan.tierLevel);
    if (plan.seatClassCodes.length > MAX_SEATS_PER_JURISDICTION) problems.push(`${field} has more than ${MAX_SEATS_PER_JURISDICTION} seats`);
    plan.seatClassCodes.forEach((code, seat) => {
      if (!classCodes.has(code)) problems.push(`${field}.seatClassCodes[${seat}] names unknown class "${code}"`);
    });
  });
  problems.push(...validateTermLimit(configuration.termLimit));
  problems.push(...validateRule(configuration.calendar.countyMeeting, 'calendar.countyMeeting'));
  problems.push(...validateRule(configuration.calendar.convention, 'calendar.convention'));
  problems.push(...validateOverrides(configuration.calendar.overrides));
  if (context.jurisdictionCodes) {
    const known = context.jurisdictionCodes;
    configuration.calendar.overrides.forEach((override, index) => {
      if (!known.has(override.jurisdictionCode)) {
        problems.push(`calendar.overrides[${index}].jurisdictionCode "${override.jurisdictionCode}" is unknown`);
      }
    });
  }
  return problems;
}

export function seatPlanFor(configuration: CongressConfiguration, tierLevel: number): TierSeatPlan | undefined {
  return configuration.seatPlans.find((plan) => plan.tierLevel === tierLevel);
}

export function seatClassOf(configuration: CongressConfiguration, code: string): SeatClass | undefined {
  return configuration.seatClasses.find((seatClass) => seatClass.code === code);
}

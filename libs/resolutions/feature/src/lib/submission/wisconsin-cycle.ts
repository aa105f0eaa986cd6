import type { EntityManager } from 'typeorm';
import { WISCONSIN_SUBMISSION_LIMITS } from '@civic/resolutions-domain';
import { CycleConfigurationRepository, type CycleConfigurationEntity } from '@civic/resolutions-data-access';

/** A congress year's submission window and limits, as configured. */
export interface CycleSettings {
  year: number;
  windowOpensAt: Date;
  /** Exclusive: the window is open before this instant. */
  windowClosesAt: Date;
  maxCharacters: number;
  maxPerPerson: number;
}

/** Wisconsin's window: from January 5 to the end of February 9, in the congress's time zone. */
export const WISCONSIN_CYCLE_TIME_ZONE = 'America/Chicago';

export function wisconsinCycle(year: number): CycleSettings {
  return {
    year,
    windowOpensAt: startOfLocalDay(year, 1, 5, WISCONSIN_CYCLE_TIME_ZONE),
    windowClosesAt: startOfLocalDay(year, 2, 10, WISCONSIN_CYCLE_TIME_ZONE),
    maxCharacters: WISCONSIN_SUBMISSION_LIMITS.maxCharacters,
    maxPerPerson: WISCONSIN_SUBMISSION_LIMITS.maxPerPersonPerYear,
  };
}

/**
 * Configures a congress year for the demo seed or a test: the Wisconsin defaults, with any
 * of them overridden (e.g. a window around today). Not an audited staff decision: staff use
 * the `configureResolutionCycle` mutation.
 */
export async function configureWisconsinCycle(
  manager: EntityManager,
  year: number,
  overrides: Partial<Omit<CycleSettings, 'year'>> = {},
): Promise<CycleConfigurationEntity> {
  const settings = { ...wisconsinCycle(year), ...overrides };
  return new CycleConfigurationRepository(manager.connection).upsert(manager, { ...settings, updatedBy: null });
}

/** The instant a calendar day begins in a time zone (midnight local time, DST included). */
export function startOfLocalDay(year: number, month: number, day: number, timeZone: string): Date {
  const asIfUtc = Date.UTC(year, month - 1, day);
  // The offset at the guess can differ from the offset at the answer across a DST change: look twice.
  let instant = asIfUtc - offsetMs(new Date(asIfUtc), timeZone);
  instant = asIfUtc - offsetMs(new Date(instant), timeZone);
  return new Date(instant);
}

/** How far ahead of UTC the zone's wall clock is at `at`, in milliseconds. */
function offsetMs(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? NaN);
  const wallClock = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return wallClock - (at.getTime() - at.getMilliseconds());
}

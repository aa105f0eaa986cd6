import { Injectable } from '@nestjs/common';
import { WISCONSIN_SUBMISSION_LIMITS, type SubmissionLimits } from '@civic/resolutions-domain';
import { CycleConfigurationRepository, type CycleConfigurationEntity } from '@civic/resolutions-data-access';
import type { ResolutionCycleType } from './resolution-cycle.type';
import { SubmissionClock } from './submission-clock';

/** Reads the configured congress years for the public. */
@Injectable()
export class ResolutionCycleReader {
  constructor(
    private readonly cycles: CycleConfigurationRepository,
    private readonly clock: SubmissionClock,
  ) {}

  /** A given year, or the current one: open now, else the next to open, else the latest. */
  async cycle(year: number | null | undefined): Promise<ResolutionCycleType | null> {
    const now = this.clock.now();
    const row = year === null || year === undefined ? await this.cycles.findCurrent(now) : await this.cycles.findByYear(year);
    return row ? toCycleType(row, now) : null;
  }

  async all(): Promise<ResolutionCycleType[]> {
    const now = this.clock.now();
    return (await this.cycles.list()).map((row) => toCycleType(row, now));
  }

  /** The current cycle's limits; Wisconsin's while no year is configured. */
  async limits(): Promise<SubmissionLimits> {
    const row = await this.cycles.findCurrent(this.clock.now());
    return row ? { maxCharacters: row.maxCharacters, maxPerPersonPerYear: row.maxPerPerson } : WISCONSIN_SUBMISSION_LIMITS;
  }
}

export function toCycleType(row: CycleConfigurationEntity, now: Date): ResolutionCycleType {
  return {
    year: row.year,
    windowOpensAt: row.windowOpensAt,
    windowClosesAt: row.windowClosesAt,
    isOpen: row.windowOpensAt.getTime() <= now.getTime() && now.getTime() < row.windowClosesAt.getTime(),
    maxCharacters: row.maxCharacters,
    maxPerPerson: row.maxPerPerson,
    updatedAt: row.updatedAt,
  };
}

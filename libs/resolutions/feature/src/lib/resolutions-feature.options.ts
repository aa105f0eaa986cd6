/** Settings of the resolutions feature, from the app's configuration. */
export interface ResolutionsFeatureOptions {
  /** How often the deadline sweep looks for overdue stages whose delayed job was lost. */
  deadlineSweepMs: number;
  /** When the yearly carry-over runs (cron, in the congress's time zone). */
  carryOverCron: string;
  carryOverTimeZone: string;
}

export const RESOLUTIONS_FEATURE_OPTIONS = Symbol('RESOLUTIONS_FEATURE_OPTIONS');

export const DEFAULT_RESOLUTIONS_FEATURE_OPTIONS: ResolutionsFeatureOptions = {
  deadlineSweepMs: 60_000,
  // July 1, after the May convention: what the committees have not decided moves to next year's cycle.
  carryOverCron: '0 6 1 7 *',
  carryOverTimeZone: 'America/Chicago',
};

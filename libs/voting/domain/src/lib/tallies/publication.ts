import type { InputProblem } from '@civic/util';
import type { ChoiceCounts, QuestionTally, VotingChannel } from './tally';

/**
 * Results that cannot isolate a ballot (issue 12). While voting is open, public results are
 * not the live tally but published snapshots of it, one per county and channel: a channel's
 * snapshot is replaced by the live counts only once at least `threshold` (k) ballots arrived
 * there since the snapshot before. A county's figures are the sum of its channels'
 * snapshots, districts and the state the sums of the counties', so whatever two published
 * states a reader compares, each channel, county, district or statewide difference holds
 * either nothing new or at least k ballots. A county none of whose channels reached k shows
 * "fewer than k" instead of counts. Once voting has closed, every figure is exact.
 *
 * Paper is counted at the meetings and reaches the count once, as confirmed county totals
 * that never change again: its channel is published whole when it holds at least k ballots
 * (a county's paper ballots are the most votes any one question received on paper there).
 */
export const RESULTS_PUBLICATION = {
  /** k when a congress does not choose. */
  defaultThreshold: 10,
  /** k = 1 would publish every ballot on its own. */
  minThreshold: 2,
  maxThreshold: 1_000,
} as const;

export function publicationThresholdProblems(threshold: number, field = 'threshold'): InputProblem[] {
  const { minThreshold, maxThreshold } = RESULTS_PUBLICATION;
  return Number.isInteger(threshold) && threshold >= minThreshold && threshold <= maxThreshold
    ? []
    : [{ field, message: `${field} must be a whole number of ballots between ${minThreshold} and ${maxThreshold}` }];
}

/** Ballots in one county's channel: all of them (live), and those its published snapshot holds. */
export interface ChannelBallots {
  countyCode: string;
  channel: VotingChannel;
  /** Ballots counted so far (paper: the county's confirmed paper ballots). */
  live: number;
  /** Ballots in the published snapshot (0: none published yet). Ignored for paper, which has no snapshots. */
  published: number;
}

export interface CountyChannel {
  countyCode: string;
  channel: VotingChannel;
}

/**
 * The online and in-room channels whose snapshot is due: at least k ballots arrived since
 * their last one (since opening, for a first one). Paper has no snapshots (see paperPublished).
 */
export function snapshotsDue(channels: readonly ChannelBallots[], threshold: number): CountyChannel[] {
  return channels
    .filter((entry) => entry.channel !== 'paper' && entry.live - entry.published >= threshold)
    .map((entry) => ({ countyCode: entry.countyCode, channel: entry.channel }))
    .sort(compareCountyChannels);
}

/** Confirmed paper totals reach public results while voting is open only when the county's paper ballots are at least k. */
export function paperPublished(paperBallots: number, threshold: number): boolean {
  return paperBallots >= threshold;
}

/** A county's paper ballots: the most votes any one question received on paper there (a question may be left blank). */
export function paperBallots(totals: readonly ChoiceCounts[]): number {
  return Math.max(0, ...totals.map((counts) => Object.values(counts).reduce((sum, count) => sum + count, 0)));
}

/** What an open questionnaire's public results show, county by county. */
export interface Publication {
  /** Counties with votes of which no channel is published: "fewer than k", in code order. */
  withheld: string[];
  /** The counties whose confirmed paper totals are published. */
  paperCounties: ReadonlySet<string>;
  /** Changes whenever what is published does (paper aside: its confirmations change the results' version). */
  stamp: string;
}

export function publicationOf(channels: readonly ChannelBallots[], threshold: number): Publication {
  const shown = new Set<string>();
  const withVotes = new Set<string>();
  const paperCounties = new Set<string>();
  let published = 0;
  for (const entry of channels) {
    if (entry.live > 0) withVotes.add(entry.countyCode);
    if (entry.channel === 'paper') {
      if (paperPublished(entry.live, threshold)) {
        paperCounties.add(entry.countyCode);
        shown.add(entry.countyCode);
      }
    } else if (entry.published > 0) {
      shown.add(entry.countyCode);
      published += entry.published;
    }
  }
  return { withheld: [...withVotes].filter((code) => !shown.has(code)).sort(), paperCounties, stamp: String(published) };
}

/** The totals a public count may use: published snapshots (online, in-room) as given, and paper only where it is published. */
export function publishedTotals<T extends { channel: VotingChannel; countyCode: string }>(totals: readonly T[], publication: Publication): T[] {
  return totals.filter((entry) => entry.channel !== 'paper' || publication.paperCounties.has(entry.countyCode));
}

/** A public count: the tally of what is published, and the counties held back. */
export interface PublicTally extends QuestionTally {
  /** Counties counted but not shown ("fewer than k"): never part of counts, counties or districts. */
  withheld: string[];
  /** True once voting has closed: every figure is exact. */
  exact: boolean;
}

/**
 * A question's public count while voting is open: its tally over published figures only, with
 * the counties held back. A county published since the withheld list was read counts (both
 * are published states). A county-local question whose county is held back shows nothing
 * counted (no county, no decision), rather than zeros that would read as a count.
 */
export function withheldFrom(tally: QuestionTally, withheld: readonly string[], localCounty: string | null): PublicTally {
  // A county-local tally always lists its county, with zeros when nothing was counted there.
  const counted = new Set(localCounty === null ? tally.counties.map((county) => county.countyCode) : tally.countiesCounted > 0 ? [localCounty] : []);
  const relevant = withheld.filter((code) => (localCounty === null || code === localCounty) && !counted.has(code));
  if (localCounty !== null && relevant.length > 0) {
    return { ...tally, countiesInFavour: 0, countiesCounted: 0, passed: null, counties: [], withheld: relevant, exact: false };
  }
  return { ...tally, withheld: relevant, exact: false };
}

/** Exact figures (voting closed): nothing withheld. */
export function exactly(tally: QuestionTally): PublicTally {
  return { ...tally, withheld: [], exact: true };
}

function compareCountyChannels(a: CountyChannel, b: CountyChannel): number {
  const left = `${a.countyCode}\u0000${a.channel}`;
  const right = `${b.countyCode}\u0000${b.channel}`;
  return left < right ? -1 : left > right ? 1 : 0;
}

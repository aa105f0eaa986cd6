/**
 * Counting a question. Every channel (paper totals per county, and later electronic votes
 * in the room and online ballots) reports counts per county and choice; a result is the
 * sum of those, county by county, then statewide. Adding a channel adds inputs, not rules.
 */
export const VOTING_CHANNELS = ['paper', 'in-room', 'online'] as const;
export type VotingChannel = (typeof VOTING_CHANNELS)[number];

/** Votes per choice code; a choice missing from the record has no votes. */
export type ChoiceCounts = Readonly<Record<string, number>>;

/** What one channel counted in one county for one question. */
export interface ChannelTotals {
  channel: VotingChannel;
  countyCode: string;
  counts: ChoiceCounts;
}

export interface CountyTally {
  countyCode: string;
  /** Every choice of the question, in its order, zero when nobody chose it. */
  counts: ChoiceCounts;
  /** The same per channel that reported in this county. */
  byChannel: Partial<Record<VotingChannel, ChoiceCounts>>;
  /** More yes than no; null when the choice set has no yes and no. */
  inFavour: boolean | null;
}

/** A question's count: statewide, or for a county-local question its one county. */
export interface QuestionTally {
  counts: ChoiceCounts;
  /** Counties with more yes than no (a tie is not in favour). */
  countiesInFavour: number;
  /** Counties that reported any channel totals for the question (zeros included). */
  countiesCounted: number;
  /** More yes than no statewide; null when the choice set has no yes and no. */
  passed: boolean | null;
  counties: CountyTally[];
}

/** Counts over exactly the question's choices, refusing what is not a count of one of them. */
export function countsOver(choices: readonly string[], counts: ChoiceCounts): ChoiceCounts {
  const result: Record<string, number> = {};
  for (const choice of choices) result[choice] = 0;
  for (const [choice, count] of Object.entries(counts)) {
    if (!(choice in result)) throw new Error(`"${choice}" is not a choice of this question (${choices.join(', ')})`);
    if (!Number.isSafeInteger(count) || count < 0) throw new Error(`the count for "${choice}" must be a whole number of at least 0`);
    result[choice] = (result[choice] ?? 0) + count;
  }
  return result;
}

function add(choices: readonly string[], a: ChoiceCounts, b: ChoiceCounts): ChoiceCounts {
  const sum: Record<string, number> = {};
  for (const choice of choices) sum[choice] = (a[choice] ?? 0) + (b[choice] ?? 0);
  return sum;
}

/** Yes beats no, strictly; undefined for a choice set without both. */
export function yesBeatsNo(choices: readonly string[], counts: ChoiceCounts): boolean | null {
  if (!choices.includes('yes') || !choices.includes('no')) return null;
  return (counts['yes'] ?? 0) > (counts['no'] ?? 0);
}

/** Sums every channel's totals per county, counties in code order. */
export function tallyByCounty(choices: readonly string[], totals: readonly ChannelTotals[]): CountyTally[] {
  const counties = new Map<string, { counts: ChoiceCounts; byChannel: Partial<Record<VotingChannel, ChoiceCounts>> }>();
  for (const entry of totals) {
    const counts = countsOver(choices, entry.counts);
    const county = counties.get(entry.countyCode) ?? { counts: countsOver(choices, {}), byChannel: {} };
    county.counts = add(choices, county.counts, counts);
    county.byChannel[entry.channel] = add(choices, county.byChannel[entry.channel] ?? countsOver(choices, {}), counts);
    counties.set(entry.countyCode, county);
  }
  return [...counties.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([countyCode, county]) => ({ countyCode, counts: county.counts, byChannel: county.byChannel, inFavour: yesBeatsNo(choices, county.counts) }));
}

/** A statewide question: every county's sum, the statewide sum, and how many counties are in favour. */
export function tallyStatewide(choices: readonly string[], totals: readonly ChannelTotals[]): QuestionTally {
  const counties = tallyByCounty(choices, totals);
  const counts = counties.reduce<ChoiceCounts>((sum, county) => add(choices, sum, county.counts), countsOver(choices, {}));
  return {
    counts,
    countiesInFavour: counties.filter((county) => county.inFavour === true).length,
    countiesCounted: counties.length,
    passed: yesBeatsNo(choices, counts),
    counties,
  };
}

/**
 * A county-local question (a citizen resolution at its county's assembly): only that
 * county's totals count; totals from elsewhere are a programming error upstream.
 */
export function tallyCountyQuestion(choices: readonly string[], countyCode: string, totals: readonly ChannelTotals[]): CountyTally {
  const foreign = totals.find((entry) => entry.countyCode !== countyCode);
  if (foreign) throw new Error(`totals from ${foreign.countyCode} on a question local to ${countyCode}`);
  const [county] = tallyByCounty(choices, totals);
  return county ?? { countyCode, counts: countsOver(choices, {}), byChannel: {}, inFavour: yesBeatsNo(choices, countsOver(choices, {})) };
}

/** A county-local question's count in the shape of any other: its county is the only one. */
export function tallyCountyQuestionResult(choices: readonly string[], countyCode: string, totals: readonly ChannelTotals[]): QuestionTally {
  const county = tallyCountyQuestion(choices, countyCode, totals);
  return {
    counts: county.counts,
    countiesInFavour: county.inFavour === true ? 1 : 0,
    countiesCounted: totals.length > 0 ? 1 : 0,
    passed: county.inFavour,
    counties: [county],
  };
}

/** The yes / no / abstain of a count, for the contracts' payloads (zero for a choice the set lacks). */
export function yesNoAbstain(counts: ChoiceCounts): { yes: number; no: number; abstain: number } {
  return { yes: counts['yes'] ?? 0, no: counts['no'] ?? 0, abstain: counts['abstain'] ?? 0 };
}

import { countsOver, yesBeatsNo, type ChoiceCounts, type CountyTally } from '../tallies';

/** A district's part of a result: the sum of its counties. */
export interface DistrictTally {
  districtCode: string;
  counts: ChoiceCounts;
  countiesInFavour: number;
  countiesCounted: number;
  /** More yes than no in the district; null without yes and no. */
  inFavour: boolean | null;
}

/**
 * Sums county tallies per district (the county's parent in the jurisdiction tree). Counties
 * whose parent is unknown are left out here; they still count statewide.
 */
export function tallyByDistrict(choices: readonly string[], counties: readonly CountyTally[], districtOf: ReadonlyMap<string, string>): DistrictTally[] {
  const districts = new Map<string, DistrictTally>();
  for (const county of counties) {
    const districtCode = districtOf.get(county.countyCode);
    if (districtCode === undefined) continue;
    const district = districts.get(districtCode) ?? { districtCode, counts: countsOver(choices, {}), countiesInFavour: 0, countiesCounted: 0, inFavour: null };
    const counts: Record<string, number> = {};
    for (const choice of choices) counts[choice] = (district.counts[choice] ?? 0) + (county.counts[choice] ?? 0);
    district.counts = counts;
    district.countiesCounted += 1;
    if (county.inFavour === true) district.countiesInFavour += 1;
    districts.set(districtCode, district);
  }
  return [...districts.values()]
    .map((district) => ({ ...district, inFavour: yesBeatsNo(choices, district.counts) }))
    .sort((a, b) => (a.districtCode < b.districtCode ? -1 : a.districtCode > b.districtCode ? 1 : 0));
}

/**
 * The 3:2 rule: a resolution that passes in the same `counties` counties in `consecutiveYears`
 * consecutive years goes straight onto the statewide questionnaire.
 *
 * Returns the sorted counties that passed it in `year` and in each of the previous
 * `consecutiveYears - 1` years, when there are at least `rule.counties` of them; else null.
 */
export function threeTwoRuleCounties(
  passedCountiesByYear: ReadonlyMap<number, ReadonlySet<string>>,
  year: number,
  rule: { counties: number; consecutiveYears: number },
): string[] | null {
  let common: string[] = [...(passedCountiesByYear.get(year) ?? [])];
  for (let back = 1; back < rule.consecutiveYears; back++) {
    const earlier = passedCountiesByYear.get(year - back);
    common = earlier ? common.filter((county) => earlier.has(county)) : [];
  }
  if (common.length === 0 || common.length < rule.counties) return null;
  return common.sort();
}

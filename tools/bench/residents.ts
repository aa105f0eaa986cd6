import type { Pool } from 'pg';
import { loadWisconsinDemo } from '../stack/wisconsin-demo';

export interface BenchCounty {
  code: string;
  /** Relative weight of its residents (the 2020 population where known). */
  weight: number;
}

/**
 * The counties voting knows: its jurisdiction read model (filled from assemblies' events)
 * when it has them, otherwise the demo's reference data the stack was seeded with.
 */
export async function votingCounties(pool: Pool): Promise<BenchCounty[]> {
  const demo = loadWisconsinDemo();
  const population = new Map(demo.jurisdictions.filter((j) => j.population !== null).map((j) => [j.code, j.population as number]));
  try {
    const { rows } = await pool.query<{ code: string }>(
      `SELECT "code" FROM "voting"."jurisdiction"
        WHERE NOT "removed" AND "tier_level" = (SELECT max("tier_level") FROM "voting"."jurisdiction" WHERE NOT "removed")
        ORDER BY "code"`,
    );
    if (rows.length > 1) return rows.map(({ code }) => ({ code, weight: population.get(code) ?? 1 }));
  } catch (error) {
    // 42P01: the read model's table is not there (an older schema): the demo data will do.
    if ((error as { code?: string }).code !== '42P01') throw error;
  }
  const deepest = Math.max(...demo.jurisdictions.map((j) => j.tierLevel));
  return demo.jurisdictions.filter((j) => j.tierLevel === deepest).map((j) => ({ code: j.code, weight: j.population ?? 1 }));
}

/**
 * How many of `total` residents live in each county: proportional to the weights, at least
 * one per county (when total allows), rounded by largest remainder so the sum is exact.
 */
export function apportion(counties: readonly BenchCounty[], total: number): number[] {
  const floor = total >= counties.length ? 1 : 0;
  const rest = total - floor * counties.length;
  const weightSum = counties.reduce((sum, county) => sum + county.weight, 0);
  const exact = counties.map((county) => (rest * county.weight) / weightSum);
  const counts = exact.map((value) => floor + Math.floor(value));
  let missing = total - counts.reduce((sum, n) => sum + n, 0);
  const byRemainder = exact.map((value, index) => ({ index, remainder: value - Math.floor(value) })).sort((a, b) => b.remainder - a.remainder);
  for (const { index } of byRemainder) {
    if (missing-- <= 0) break;
    counts[index] = (counts[index] as number) + 1;
  }
  return counts;
}

/** Deterministic account ids, so a run's residents are recognisable in the database. */
export function benchAccountId(index: number, namespace = 0xbe): string {
  const hex = index.toString(16).padStart(12, '0');
  return `${namespace.toString(16).padStart(2, '0')}${'0'.repeat(6)}-0000-4000-8000-${hex}`;
}

export interface BenchResident {
  accountId: string;
  countyCode: string;
}

/** `total` residents, county by county in the apportioned numbers, then shuffled (seeded) so the surge mixes counties. */
export function benchResidents(counties: readonly BenchCounty[], total: number, namespace = 0xbe): BenchResident[] {
  const counts = apportion(counties, total);
  const countyOf: string[] = [];
  counts.forEach((count, index) => {
    for (let n = 0; n < count; n++) countyOf.push((counties[index] as BenchCounty).code);
  });
  let seed = 0x2545f491;
  const random = () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 0x1_0000_0000;
  };
  for (let i = countyOf.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [countyOf[i], countyOf[j]] = [countyOf[j] as string, countyOf[i] as string];
  }
  return countyOf.map((countyCode, index) => ({ accountId: benchAccountId(index, namespace), countyCode }));
}

/**
 * Verified residents in voting's eligibility read model, written directly (set-up, not what
 * is measured): what identity's residency events would have left there.
 */
export async function insertEligibility(pool: Pool, residents: readonly BenchResident[], chunk = 20_000): Promise<void> {
  for (let start = 0; start < residents.length; start += chunk) {
    const slice = residents.slice(start, start + chunk);
    await pool.query(
      `INSERT INTO "voting"."voter_eligibility" ("account_id", "jurisdiction_code", "status", "method", "verified_at", "effective_at", "last_event_id")
       SELECT a, c, 'eligible', 'voter-roll', now(), now(), gen_random_uuid() FROM unnest($1::uuid[], $2::text[]) AS r(a, c)
       ON CONFLICT ("account_id") DO UPDATE SET "jurisdiction_code" = EXCLUDED."jurisdiction_code", "status" = 'eligible'`,
      [slice.map((r) => r.accountId), slice.map((r) => r.countyCode)],
    );
  }
}

import type { DataSource } from 'typeorm';
import type { DemoCommittee, DemoJurisdiction, DemoReferenceData } from '@civic/contracts';
import { assembliesDataSourceOptions, CongressEntity } from '@civic/assemblies-data-access';
import { randomUUID } from 'node:crypto';
import { envelope, startSubgraphTestApp, type SubgraphTestApp } from '@civic/testing';
import { AssembliesFeatureModule } from '../lib/assemblies-feature.module';
import { seedAssembliesDemo } from '../lib/seed';

/** Support for the assemblies integration specs (not exported from the library). */

export type AssembliesTestApp = SubgraphTestApp;

/** Boots the assemblies subgraph in-process (see startSubgraphTestApp). */
export function startAssembliesTestApp(): Promise<AssembliesTestApp> {
  return startSubgraphTestApp({ service: 'assemblies', dataSource: assembliesDataSourceOptions, imports: () => [AssembliesFeatureModule] });
}

/** A verified resident of the county (a new account unless one is given), as identity would announce it. */
export async function verifiedResident(
  testApp: AssembliesTestApp,
  countyCode: string,
  accountId: string = randomUUID(),
  displayName?: string,
): Promise<string> {
  await testApp.deliver(
    envelope('identity.resident-verified', {
      accountId,
      jurisdictionCode: countyCode,
      method: 'staff-in-person',
      verifiedAt: new Date().toISOString(),
      ...(displayName ? { displayName } : {}),
    }),
  );
  return accountId;
}

export interface TestCounty {
  code: string;
  /** Defaults to `County <code>`. */
  name?: string;
}

export interface TestDistrict {
  districtCode: string;
  /** Defaults to `Test District`. */
  districtName?: string;
  counties: TestCounty[];
  /** More districts under the same root, for specs that move things between districts. */
  otherDistricts?: Array<{ code: string; name?: string; counties?: TestCounty[] }>;
  committees?: DemoCommittee[];
}

/** Used only when the database holds no congress yet (the first spec to seed makes it). */
const FALLBACK_CONGRESS: DemoReferenceData['congress'] = { slug: 'wcc', name: 'Test Congress', shortName: 'TC', timeZone: 'America/Chicago' };
const FALLBACK_ROOT = { code: 'T0', name: 'Test State' };

/**
 * The harness migrates but does not seed, and its database is shared by every spec: hangs
 * a district (and its counties, seats, demo delegates and bodies) under the default
 * congress's existing root through the demo seeder, making congress and root first if
 * there are none. Idempotent, like the seeder. Returns the root's code and what was seeded.
 */
export async function seedTestDistrict(dataSource: DataSource, district: TestDistrict): Promise<{ rootCode: string; demo: DemoReferenceData }> {
  const existing = await dataSource.getRepository(CongressEntity).findOne({ where: {}, order: { createdAt: 'ASC' } });
  const [root] = existing
    ? ((await dataSource.query(`SELECT code FROM assemblies.jurisdiction WHERE congress_id = $1 AND parent_id IS NULL`, [existing.id])) as Array<{
        code: string;
      }>)
    : [];
  const rootCode = root?.code ?? FALLBACK_ROOT.code;
  const districts = [
    { code: district.districtCode, name: district.districtName ?? 'Test District', counties: district.counties },
    ...(district.otherDistricts ?? []).map(({ code, name, counties }) => ({ code, name: name ?? 'Test District', counties: counties ?? [] })),
  ];
  const jurisdictions: DemoJurisdiction[] = [
    // An existing root is left as it is (the seeder skips codes it has), so the name only names a new one.
    { code: rootCode, name: FALLBACK_ROOT.name, tierLevel: 0, parentCode: null, population: null, seat: null },
    ...districts.map(({ code, name }) => ({ code, name, tierLevel: 1, parentCode: rootCode, population: null, seat: null })),
    ...districts.flatMap(({ code: parentCode, counties }) =>
      counties.map(({ code, name }) => ({ code, name: name ?? `County ${code}`, tierLevel: 2, parentCode, population: 1000, seat: null })),
    ),
  ];
  const demo: DemoReferenceData = {
    congress: existing ? { slug: existing.slug, name: existing.name, shortName: existing.shortName, timeZone: existing.timeZone } : FALLBACK_CONGRESS,
    tiers: [
      { level: 0, name: 'State', pluralName: 'States' },
      { level: 1, name: 'District', pluralName: 'Districts' },
      { level: 2, name: 'County', pluralName: 'Counties' },
    ],
    jurisdictions,
    ...(district.committees ? { committees: district.committees } : {}),
  };
  await seedAssembliesDemo(dataSource, demo);
  return { rootCode, demo };
}

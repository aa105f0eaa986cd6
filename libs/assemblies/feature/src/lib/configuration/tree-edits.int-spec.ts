import { randomInt, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { ErrorCode } from '@civic/contracts';
import { codeOf, dataOf, type TestTokenIssuer } from '@civic/testing';
import { seedTestDistrict, startAssembliesTestApp, type AssembliesTestApp } from '../../testing/assemblies-test-app';

/**
 * Staff edits of the tier names and the jurisdiction tree, through the subgraph with tokens
 * from a JWKS-serving test issuer: each edit is one configuration history row (who, when,
 * why, before and after); refusals carry their codes and write nothing, history included.
 * The database is shared with other specs, so this spec hangs two districts of its own
 * under the existing root and puts the tier names back as it found them.
 */
let testApp: AssembliesTestApp;
let issuer: TestTokenIssuer;
let dataSource: DataSource;
let gql: AssembliesTestApp['gql'];
let staff: string;
let resident: string;
let rootCode: string;
const staffId = randomUUID();
const suffix = randomInt(100_000, 999_999).toString();
const DISTRICT = `TD${suffix}`;
const OTHER_DISTRICT = `TE${suffix}`;
const SEEDED_COUNTY = `TC${suffix}1`;
const NEW_COUNTY = `TN${suffix}`;

const RENAME_TIER = `mutation ($input: RenameTierInput!) { renameTier(input: $input) { level name pluralName } }`;
const ADD = `mutation ($input: AddJurisdictionInput!) { addJurisdiction(input: $input) { code name tierLevel population seat tier { name } parent { code } seats { number classCode holder { id } } } }`;
const UPDATE = `mutation ($input: UpdateJurisdictionInput!) { updateJurisdiction(input: $input) { code name population seat parent { code } } }`;
const REMOVE = `mutation ($input: RemoveJurisdictionInput!) { removeJurisdiction(input: $input) }`;
const HISTORY = `{ configurationHistory(first: 1) { totalCount edges { node { version section changedBy reason changes { path before after } } } } }`;

interface HistoryEntry {
  version: number;
  section: string;
  changedBy: string;
  reason: string;
  changes: Array<{ path: string; before: string; after: string }>;
}

async function latestChange(): Promise<{ totalCount: number; node: HistoryEntry | undefined }> {
  const { configurationHistory } = dataOf(await gql<{ configurationHistory: { totalCount: number; edges: Array<{ node: HistoryEntry }> } }>(HISTORY));
  return { totalCount: configurationHistory.totalCount, node: configurationHistory.edges[0]?.node };
}

/** Everything a refused edit must leave as it was. */
async function snapshot(): Promise<unknown> {
  return dataSource.query(
    `SELECT (SELECT count(*)::int FROM assemblies.configuration_change) AS changes,
            (SELECT coalesce(max(version), 0) FROM assemblies.congress_configuration) AS version,
            (SELECT count(*)::int FROM assemblies.jurisdiction) AS jurisdictions,
            (SELECT count(*)::int FROM assemblies.seat) AS seats,
            (SELECT string_agg(name || '/' || plural_name, ',' ORDER BY level) FROM assemblies.tier) AS tiers,
            (SELECT string_agg(code || ':' || coalesce(parent_id::text, '-') || ':' || name, ',' ORDER BY code) FROM assemblies.jurisdiction) AS tree`,
  );
}

beforeAll(async () => {
  testApp = await startAssembliesTestApp();
  ({ issuer, dataSource, gql } = testApp);
  staff = await issuer.sign({ accountId: staffId, roles: ['staff'] });
  resident = await issuer.sign({ accountId: randomUUID(), roles: ['resident'] });

  ({ rootCode } = await seedTestDistrict(dataSource, {
    districtCode: DISTRICT,
    districtName: 'Tree District',
    counties: [{ code: SEEDED_COUNTY, name: 'Seeded Tree County' }],
    otherDistricts: [{ code: OTHER_DISTRICT, name: 'Other Tree District' }],
  }));
});

afterAll(async () => {
  await testApp?.close();
});

describe('renaming a tier', () => {
  it('records the change with who, why, before and after, and every read shows the new names', async () => {
    const tiers = await gql<{ congress: { tiers: Array<{ level: number; name: string; pluralName: string }> } }>(
      `{ congress { tiers { level name pluralName } } }`,
    );
    const original = tiers.data?.congress.tiers.find((tier) => tier.level === 2);
    if (!original) throw new Error(JSON.stringify(tiers.errors));
    const { totalCount } = await latestChange();

    const renamed = await gql<{ renameTier: unknown }>(
      RENAME_TIER,
      { input: { level: 2, name: 'Parish', pluralName: 'Parishes', reason: 'Louisiana chapter' } },
      { token: staff },
    );
    expect(renamed.errors).toBeUndefined();
    expect(renamed.data?.renameTier).toEqual({ level: 2, name: 'Parish', pluralName: 'Parishes' });

    const latest = await latestChange();
    expect(latest.totalCount).toBe(totalCount + 1);
    expect(latest.node).toMatchObject({
      section: 'tiers',
      changedBy: staffId,
      reason: 'Louisiana chapter',
      changes: [
        { path: 'tiers.2.name', before: JSON.stringify(original.name), after: '"Parish"' },
        { path: 'tiers.2.pluralName', before: JSON.stringify(original.pluralName), after: '"Parishes"' },
      ],
    });
    const reads = await gql<{ congress: { tiers: Array<{ level: number; name: string }> }; jurisdiction: { tier: { name: string; pluralName: string } } }>(
      `query ($code: String!) { congress { tiers { level name } } jurisdiction(code: $code) { tier { name pluralName } } }`,
      { code: SEEDED_COUNTY },
    );
    expect(reads.data?.congress.tiers.find((tier) => tier.level === 2)?.name).toBe('Parish');
    expect(reads.data?.jurisdiction.tier).toEqual({ name: 'Parish', pluralName: 'Parishes' });

    // Refusals: bad names, unknown tier, nothing changing, no reason; none writes anything.
    const before = await snapshot();
    const refuse = async (input: Record<string, unknown>, code: string) =>
      expect(codeOf(await gql(RENAME_TIER, { input: { level: 2, name: 'Parish', pluralName: 'Parishes', reason: 'again', ...input } }, { token: staff }))).toBe(
        code,
      );
    await refuse({ name: '  ' }, ErrorCode.BAD_USER_INPUT);
    await refuse({ level: 7, name: 'Ward' }, ErrorCode.NOT_FOUND);
    await refuse({}, ErrorCode.BAD_USER_INPUT);
    await refuse({ name: 'Ward', reason: ' ' }, ErrorCode.BAD_USER_INPUT);
    expect(await snapshot()).toEqual(before);

    const back = await gql(RENAME_TIER, { input: { ...original, reason: 'Back to the default names' } }, { token: staff });
    expect(back.errors).toBeUndefined();
  });
});

describe('adding a jurisdiction', () => {
  it('adds a county under a district with its five vacant seats, recorded in the history', async () => {
    const added = await gql<{ addJurisdiction: Record<string, unknown> & { seats: Array<{ number: number; classCode: string; holder: unknown }> } }>(
      ADD,
      { input: { code: NEW_COUNTY, name: ' Lake County ', parentCode: DISTRICT, population: 4200, seat: 'Lakeside', reason: 'New chapter chartered' } },
      { token: staff },
    );
    expect(added.errors).toBeUndefined();
    expect(added.data?.addJurisdiction).toMatchObject({
      code: NEW_COUNTY,
      name: 'Lake County',
      tierLevel: 2,
      population: 4200,
      seat: 'Lakeside',
      parent: { code: DISTRICT },
    });
    const seats = added.data?.addJurisdiction.seats ?? [];
    expect(seats.map((seat) => [seat.number, seat.holder])).toEqual([
      [1, null],
      [2, null],
      [3, null],
      [4, null],
      [5, null],
    ]);
    expect(seats.map((seat) => seat.classCode)).toEqual(['A', 'B', 'C', 'D', 'E']);

    const { node } = await latestChange();
    expect(node).toMatchObject({ section: 'jurisdictions', changedBy: staffId, reason: 'New chapter chartered' });
    expect(node?.changes).toHaveLength(1);
    expect(node?.changes[0]?.path).toBe(`jurisdictions.${NEW_COUNTY}`);
    expect(node?.changes[0]?.before).toBe('null');
    expect(JSON.parse(node?.changes[0]?.after ?? 'null')).toEqual({
      name: 'Lake County',
      tierLevel: 2,
      parentCode: DISTRICT,
      population: 4200,
      seat: 'Lakeside',
      seats: 5,
    });

    const children = await gql<{ jurisdictions: { edges: Array<{ node: { code: string } }> } }>(
      `query ($parent: String!) { jurisdictions(parentCode: $parent) { edges { node { code } } } }`,
      { parent: DISTRICT },
    );
    expect(children.data?.jurisdictions.edges.map((edge) => edge.node.code).sort()).toEqual([NEW_COUNTY, SEEDED_COUNTY].sort());
    const delegation = await gql<{ bodyByCode: { kind: string } | null }>(`query ($code: String!) { bodyByCode(code: $code) { kind } }`, {
      code: `delegation-${NEW_COUNTY}`,
    });
    expect(delegation.data?.bodyByCode?.kind).toBe('COUNTY_DELEGATION');
  });

  it('refuses an unknown parent, a duplicate code, the wrong tier and bad fields, writing nothing', async () => {
    const before = await snapshot();
    const input = { code: `TX${suffix}`, name: 'Nowhere', parentCode: DISTRICT, reason: 'test' };
    const refuse = async (change: Record<string, unknown>, code: string) =>
      expect(codeOf(await gql(ADD, { input: { ...input, ...change } }, { token: staff }))).toBe(code);
    await refuse({ parentCode: 'NO-SUCH-PARENT' }, ErrorCode.NOT_FOUND);
    await refuse({ code: SEEDED_COUNTY }, ErrorCode.CONFLICT);
    await refuse({ code: DISTRICT, parentCode: rootCode }, ErrorCode.CONFLICT);
    await refuse({ parentCode: SEEDED_COUNTY }, ErrorCode.JURISDICTION_TIER_MISMATCH);
    await refuse({ code: 'has spaces' }, ErrorCode.BAD_USER_INPUT);
    await refuse({ name: ' ' }, ErrorCode.BAD_USER_INPUT);
    await refuse({ population: -5 }, ErrorCode.BAD_USER_INPUT);
    await refuse({ reason: '  ' }, ErrorCode.BAD_USER_INPUT);
    expect(await snapshot()).toEqual(before);
  });

  it('is for staff only', async () => {
    const before = await snapshot();
    const attempts: Array<[string, Record<string, unknown>]> = [
      [RENAME_TIER, { level: 2, name: 'Ward', pluralName: 'Wards', reason: 'x' }],
      [ADD, { code: `TY${suffix}`, name: 'Sneaky', parentCode: DISTRICT, reason: 'x' }],
      [UPDATE, { code: SEEDED_COUNTY, name: 'Renamed', reason: 'x' }],
      [REMOVE, { code: NEW_COUNTY, reason: 'x' }],
    ];
    for (const [mutation, input] of attempts) {
      expect(codeOf(await gql(mutation, { input }, { token: resident }))).toBe(ErrorCode.FORBIDDEN);
      expect(codeOf(await gql(mutation, { input }))).toBe(ErrorCode.UNAUTHENTICATED);
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe('updating a jurisdiction', () => {
  it('moves a county to another district of the same tier and records parent before and after', async () => {
    const moved = await gql<{ updateJurisdiction: { parent: { code: string }; population: number | null; seat: string | null } }>(
      UPDATE,
      { input: { code: NEW_COUNTY, parentCode: OTHER_DISTRICT, seat: null, reason: 'Redistricting' } },
      { token: staff },
    );
    expect(moved.errors).toBeUndefined();
    expect(moved.data?.updateJurisdiction).toMatchObject({ parent: { code: OTHER_DISTRICT }, population: 4200, seat: null });
    const { node } = await latestChange();
    expect(node).toMatchObject({
      section: 'jurisdictions',
      changedBy: staffId,
      reason: 'Redistricting',
      changes: [
        { path: `jurisdictions.${NEW_COUNTY}.parentCode`, before: JSON.stringify(DISTRICT), after: JSON.stringify(OTHER_DISTRICT) },
        { path: `jurisdictions.${NEW_COUNTY}.seat`, before: '"Lakeside"', after: 'null' },
      ],
    });
    const read = await gql<{ jurisdiction: { parent: { code: string } } }>(`query ($code: String!) { jurisdiction(code: $code) { parent { code } } }`, {
      code: NEW_COUNTY,
    });
    expect(read.data?.jurisdiction.parent.code).toBe(OTHER_DISTRICT);
  });

  it('refuses moves across tiers, unknown codes and no-op edits, writing nothing', async () => {
    const before = await snapshot();
    const refuse = async (input: Record<string, unknown>, code: string) =>
      expect(codeOf(await gql(UPDATE, { input: { code: NEW_COUNTY, reason: 'test', ...input } }, { token: staff }))).toBe(code);
    await refuse({ parentCode: rootCode }, ErrorCode.JURISDICTION_TIER_MISMATCH);
    await refuse({ parentCode: SEEDED_COUNTY }, ErrorCode.JURISDICTION_TIER_MISMATCH);
    await refuse({ code: DISTRICT, parentCode: DISTRICT }, ErrorCode.JURISDICTION_TIER_MISMATCH);
    await refuse({ code: rootCode, parentCode: DISTRICT }, ErrorCode.JURISDICTION_TIER_MISMATCH);
    await refuse({ parentCode: 'NO-SUCH-PARENT' }, ErrorCode.NOT_FOUND);
    await refuse({ code: 'NO-SUCH-COUNTY', name: 'x' }, ErrorCode.NOT_FOUND);
    await refuse({ parentCode: OTHER_DISTRICT }, ErrorCode.BAD_USER_INPUT);
    await refuse({ name: '' }, ErrorCode.BAD_USER_INPUT);
    expect(await snapshot()).toEqual(before);
  });
});

describe('removing a jurisdiction', () => {
  it('refuses one that is referred to, with the reasons, and removes one nothing refers to', async () => {
    const before = await snapshot();
    const held = await gql(REMOVE, { input: { code: SEEDED_COUNTY, reason: 'test' } }, { token: staff });
    expect(codeOf(held)).toBe(ErrorCode.CONFLICT);
    expect(held.errors?.[0]?.message).toMatch(/5 of its seats have been held/);
    const parent = await gql(REMOVE, { input: { code: DISTRICT, reason: 'test' } }, { token: staff });
    expect(codeOf(parent)).toBe(ErrorCode.CONFLICT);
    expect(parent.errors?.[0]?.message).toMatch(/child jurisdiction/);
    expect(codeOf(await gql(REMOVE, { input: { code: 'NO-SUCH-COUNTY', reason: 'test' } }, { token: staff }))).toBe(ErrorCode.NOT_FOUND);
    expect(await snapshot()).toEqual(before);

    const removed = await gql<{ removeJurisdiction: boolean }>(REMOVE, { input: { code: NEW_COUNTY, reason: 'Chartered by mistake' } }, { token: staff });
    expect(removed.errors).toBeUndefined();
    expect(removed.data?.removeJurisdiction).toBe(true);
    const read = await gql<{ jurisdiction: unknown }>(`query ($code: String!) { jurisdiction(code: $code) { code } }`, { code: NEW_COUNTY });
    expect(read.data?.jurisdiction).toBeNull();
    const { node } = await latestChange();
    expect(node).toMatchObject({ section: 'jurisdictions', reason: 'Chartered by mistake', changes: [{ path: `jurisdictions.${NEW_COUNTY}`, after: 'null' }] });
    expect(JSON.parse(node?.changes[0]?.before ?? 'null')).toMatchObject({ name: 'Lake County', parentCode: OTHER_DISTRICT });
  });
});

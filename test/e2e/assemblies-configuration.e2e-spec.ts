import { DEMO_ACCOUNTS, ErrorCode } from '@civic/contracts';
import { gql, signIn } from '../support';

/**
 * Staff edit the tier names and the jurisdiction tree through the gateway: a renamed tier
 * and a new county (made-up code 55999 under District 1) show in the public reads, and
 * configurationHistory names the staff account and the reasons. Other specs read the demo
 * as seeded, so this one puts the tier name back and removes its county when it is done.
 */
const COUNTY = '55999';
const DISTRICT = 'D01';

const TIERS = `{ congress { tiers { level name pluralName } } }`;
const RENAME = `mutation ($input: RenameTierInput!) { renameTier(input: $input) { level name pluralName } }`;
const ADD = `mutation ($input: AddJurisdictionInput!) { addJurisdiction(input: $input) { code } }`;
const REMOVE = `mutation ($input: RemoveJurisdictionInput!) { removeJurisdiction(input: $input) }`;
const HISTORY = `{ configurationHistory(first: 2) { edges { node { section changedBy reason changes { path before after } } } } }`;

interface Tier {
  level: number;
  name: string;
  pluralName: string;
}

let staffToken: string;
let staffAccountId: string;
let originalCountyTier: Tier | undefined;

/** The account id is the access token's subject. */
function subjectOf(token: string): string {
  const payload = token.split('.')[1] ?? '';
  return (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { sub: string }).sub;
}

beforeAll(async () => {
  staffToken = (await signIn(DEMO_ACCOUNTS.staff.email, DEMO_ACCOUNTS.staff.password)).accessToken;
  staffAccountId = subjectOf(staffToken);
  const { body } = await gql<{ congress: { tiers: Tier[] } }>(TIERS);
  originalCountyTier = body.data?.congress.tiers.find((tier) => tier.level === 2);
});

afterAll(async () => {
  // Leave the demo as the other specs expect it, whatever happened above.
  if (originalCountyTier) {
    await gql(RENAME, { input: { ...originalCountyTier, reason: 'Back to the demo’s names after the e2e test' } }, { token: staffToken });
  }
  await gql(REMOVE, { input: { code: COUNTY, reason: 'Removing the e2e test county' } }, { token: staffToken });
});

describe('editing the tiers and the jurisdiction tree', () => {
  it('renames a tier and adds a county; public reads and the history show both', async () => {
    expect(originalCountyTier).toEqual({ level: 2, name: 'County', pluralName: 'Counties' });

    const renamed = await gql<{ renameTier: Tier }>(
      RENAME,
      { input: { level: 2, name: 'Parish', pluralName: 'Parishes', reason: 'Trying the parish chapter’s names' } },
      { token: staffToken },
    );
    expect(renamed.body.errors).toBeUndefined();
    expect(renamed.body.data?.renameTier).toEqual({ level: 2, name: 'Parish', pluralName: 'Parishes' });

    const added = await gql<{ addJurisdiction: { code: string } }>(
      ADD,
      { input: { code: COUNTY, name: 'Test Lake', parentCode: DISTRICT, population: 1200, seat: 'Lakeside', reason: 'Chartering a new chapter' } },
      { token: staffToken },
    );
    expect(added.body.errors).toBeUndefined();

    const read = await gql<{
      jurisdiction: { name: string; tier: { name: string }; parent: { code: string }; seats: Array<{ number: number; holder: unknown }> };
    }>(`query ($code: String!) { jurisdiction(code: $code) { name tier { name } parent { code } seats { number holder { id } } } }`, { code: COUNTY });
    expect(read.body.errors).toBeUndefined();
    expect(read.body.data?.jurisdiction).toEqual({
      name: 'Test Lake',
      tier: { name: 'Parish' },
      parent: { code: DISTRICT },
      seats: [1, 2, 3, 4, 5].map((number) => ({ number, holder: null })),
    });

    const history = await gql<{
      configurationHistory: {
        edges: Array<{ node: { section: string; changedBy: string; reason: string; changes: Array<{ path: string; before: string; after: string }> } }>;
      };
    }>(HISTORY);
    expect(history.body.errors).toBeUndefined();
    const [addition, rename] = history.body.data?.configurationHistory.edges.map((edge) => edge.node) ?? [];
    expect(addition).toMatchObject({ section: 'jurisdictions', changedBy: staffAccountId, reason: 'Chartering a new chapter' });
    expect(addition?.changes.map((change) => [change.path, change.before])).toEqual([[`jurisdictions.${COUNTY}`, 'null']]);
    expect(rename).toEqual({
      section: 'tiers',
      changedBy: staffAccountId,
      reason: 'Trying the parish chapter’s names',
      changes: [
        { path: 'tiers.2.name', before: '"County"', after: '"Parish"' },
        { path: 'tiers.2.pluralName', before: '"Counties"', after: '"Parishes"' },
      ],
    });
  });

  it('refuses a resident and a county placed under a county, with typed codes', async () => {
    const anonymous = await gql(ADD, { input: { code: '55998', name: 'No', parentCode: DISTRICT, reason: 'x' } });
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe(ErrorCode.UNAUTHENTICATED);
    const underCounty = await gql(ADD, { input: { code: '55998', name: 'No', parentCode: '55025', reason: 'x' } }, { token: staffToken });
    expect(underCounty.body.errors?.[0]?.extensions?.code).toBe(ErrorCode.JURISDICTION_TIER_MISMATCH);
    const dane = await gql(REMOVE, { input: { code: '55025', reason: 'x' } }, { token: staffToken });
    expect(dane.body.errors?.[0]?.extensions?.code).toBe(ErrorCode.CONFLICT);
  });

  it('removes the test county, which nothing refers to, and restores the tier name', async () => {
    const removed = await gql<{ removeJurisdiction: boolean }>(
      REMOVE,
      { input: { code: COUNTY, reason: 'Removing the e2e test county' } },
      { token: staffToken },
    );
    expect(removed.body.errors).toBeUndefined();
    const restored = await gql(
      RENAME,
      { input: { level: 2, name: 'County', pluralName: 'Counties', reason: 'Back to the demo’s names' } },
      { token: staffToken },
    );
    expect(restored.body.errors).toBeUndefined();
    const after = await gql<{ jurisdiction: unknown; seatCounts: { seats: number } }>(`{ jurisdiction(code: "${COUNTY}") { code } seatCounts { seats } }`);
    expect(after.body.data).toEqual({ jurisdiction: null, seatCounts: { seats: 360 } });
  });
});

import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { ErrorCode, type Role } from '@civic/contracts';
import { codeOf, dataOf } from '@civic/testing';
import { startResolutionsTestApp, type ResolutionsTestApp } from '../../testing/resolutions-test-app';
import { SubmissionClock } from './submission-clock';
import { configureWisconsinCycle, wisconsinCycle } from './wisconsin-cycle';

/**
 * Submission against the harness's real PostgreSQL and Redis, through the subgraph's
 * GraphQL endpoint: cycle configuration, the window, the limits (including two parallel
 * submissions racing for the last slot), similar resolutions, versions and their
 * comparison. The database is shared with other spec files: every test uses fresh
 * accounts, and the clock stands in congress years no other spec uses.
 */
const YEAR = 2071;
const NEXT_YEAR = 2072;
/** Inside YEAR's Wisconsin window (Jan 5 – Feb 9, Chicago time). */
const IN_WINDOW = new Date('2071-01-20T18:00:00.000Z');
/** After YEAR's window, before NEXT_YEAR's. */
const BETWEEN_WINDOWS = new Date('2071-06-01T12:00:00.000Z');

let testApp: ResolutionsTestApp;
let dataSource: DataSource;
let clock: SubmissionClock;
let staffToken: string;

const gql = <T>(query: string, variables: Record<string, unknown> = {}, token?: string) => testApp.gql<T>(query, variables, { token });
const tokenFor = (accountId: string, roles: Role[] = ['resident'], displayName = 'Ada Resident') => testApp.issuer.sign({ accountId, roles, displayName });

/** A verified resident of the county, as identity's events would leave the read model. */
async function verifiedResident(jurisdictionCode = '55025', status: 'verified' | 'revoked' = 'verified'): Promise<string> {
  const accountId = randomUUID();
  await dataSource.query(
    `INSERT INTO "resolutions"."resident" ("account_id", "jurisdiction_code", "status", "verified_at", "effective_at", "last_event_id")
     VALUES ($1, $2, $3, now(), now(), $4)`,
    [accountId, jurisdictionCode, status, randomUUID()],
  );
  return accountId;
}

/** Everything a submission writes for an author, to prove a refusal wrote nothing. */
async function footprint(authorId: string) {
  const [row] = (await dataSource.query(
    `SELECT (SELECT count(*)::int FROM "resolutions"."resolution" WHERE "author_id" = $1) AS "resolutions",
            (SELECT count(*)::int FROM "resolutions"."resolution_version" WHERE "edited_by" = $1) AS "versions",
            (SELECT count(*)::int FROM "resolutions"."resolution_transition" WHERE "actor_id" = $1) AS "transitions",
            (SELECT count(*)::int FROM "resolutions"."audit_entry" WHERE "actor_id" = $1) AS "auditEntries"`,
    [authorId],
  )) as Array<Record<string, number>>;
  return row;
}

const RESOLUTION_FIELDS = `id number familyId title text textVersion kind topic authorName presenterName countyCode county { code }
  submittedYear cycleYear pipelineVersion stage version`;
const SUBMIT = `mutation ($input: SubmitResolutionInput!) {
  submitResolution(input: $input) { resolution { ${RESOLUTION_FIELDS} } similar { score resolution { id title } } }
}`;
const EDIT = `mutation ($input: EditResolutionInput!) { editResolution(input: $input) { ${RESOLUTION_FIELDS} } }`;
const CONFIGURE = `mutation ($input: ConfigureResolutionCycleInput!) {
  configureResolutionCycle(input: $input) { year windowOpensAt windowClosesAt isOpen maxCharacters maxPerPerson }
}`;

interface Resolution {
  id: string;
  number: string;
  familyId: string;
  title: string;
  text: string;
  textVersion: number;
  kind: string;
  topic: string;
  authorName: string;
  presenterName: string;
  countyCode: string;
  county: { code: string };
  submittedYear: number;
  cycleYear: number;
  pipelineVersion: number;
  stage: string;
  version: number;
}
interface Submission {
  resolution: Resolution;
  similar: Array<{ score: number; resolution: { id: string; title: string } }>;
}

function submission(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Publish harvest counts by county',
    text: 'The department should publish the number of animals harvested in each county every year.',
    kind: 'ADVISORY',
    topic: 'Deer',
    ...overrides,
  };
}

async function submit(token: string, overrides: Record<string, unknown> = {}): Promise<Submission> {
  return dataOf(await gql<{ submitResolution: Submission }>(SUBMIT, { input: submission(overrides) }, token)).submitResolution;
}

beforeAll(async () => {
  testApp = await startResolutionsTestApp();
  dataSource = testApp.dataSource;
  clock = testApp.app.get(SubmissionClock);
  staffToken = await tokenFor(randomUUID(), ['staff'], 'Sam Staff');
  await dataSource.transaction((manager) => configureWisconsinCycle(manager, YEAR));
  await dataSource.transaction((manager) => configureWisconsinCycle(manager, NEXT_YEAR));
});

afterAll(async () => {
  await testApp?.close();
});

beforeEach(() => {
  jest.spyOn(clock, 'now').mockReturnValue(IN_WINDOW);
});

afterEach(() => {
  jest.restoreAllMocks();
});

describe('cycle configuration', () => {
  it('staff configure a year (upsert, audited); the public reads it, the current cycle and its limits', async () => {
    const year = 2073;
    const opensAt = '2073-01-05T06:00:00.000Z';
    const closesAt = '2073-02-10T06:00:00.000Z';
    const created = dataOf(
      await gql<{ configureResolutionCycle: Record<string, unknown> }>(
        CONFIGURE,
        { input: { year, windowOpensAt: opensAt, windowClosesAt: closesAt, maxCharacters: 1500, maxPerPerson: 3 } },
        staffToken,
      ),
    ).configureResolutionCycle;
    expect(created).toEqual({ year, windowOpensAt: opensAt, windowClosesAt: closesAt, isOpen: false, maxCharacters: 1500, maxPerPerson: 3 });

    // Replacing it keeps one row and leaves two audit entries naming the year.
    const replaced = dataOf(
      await gql<{ configureResolutionCycle: Record<string, unknown> }>(
        CONFIGURE,
        { input: { year, windowOpensAt: opensAt, windowClosesAt: closesAt, maxCharacters: 1800, maxPerPerson: 2 } },
        staffToken,
      ),
    ).configureResolutionCycle;
    expect(replaced).toMatchObject({ maxCharacters: 1800, maxPerPerson: 2 });
    const rows = (await dataSource.query(`SELECT "max_characters" FROM "resolutions"."cycle_configuration" WHERE "year" = $1`, [year])) as unknown[];
    expect(rows).toEqual([{ max_characters: 1800 }]);
    const audit = (await dataSource.query(
      `SELECT "data" FROM "resolutions"."audit_entry" WHERE "kind" = 'cycle-configured' AND ("data"->>'year')::int = $1 ORDER BY "sequence"`,
      [year],
    )) as Array<{ data: Record<string, unknown> }>;
    expect(audit.map((entry) => entry.data['maxCharacters'])).toEqual([1500, 1800]);
    expect(audit[1]?.data['previous']).toMatchObject({ maxCharacters: 1500, maxPerPerson: 3 });

    // Inside 2073's window it is the current cycle, and its limits are the published ones.
    jest.spyOn(clock, 'now').mockReturnValue(new Date('2073-01-10T12:00:00.000Z'));
    const current = dataOf(
      await gql<{ resolutionCycle: { year: number; isOpen: boolean }; resolutionSubmissionLimits: unknown }>(
        `{ resolutionCycle { year isOpen } resolutionSubmissionLimits { maxCharacters maxPerPersonPerYear } }`,
      ),
    );
    expect(current.resolutionCycle).toEqual({ year, isOpen: true });
    expect(current.resolutionSubmissionLimits).toEqual({ maxCharacters: 1800, maxPerPersonPerYear: 2 });

    // Between windows, the current cycle is the next to open.
    jest.spyOn(clock, 'now').mockReturnValue(BETWEEN_WINDOWS);
    const upcoming = dataOf(await gql<{ resolutionCycle: { year: number; isOpen: boolean } }>(`{ resolutionCycle { year isOpen } }`));
    expect(upcoming.resolutionCycle).toEqual({ year: NEXT_YEAR, isOpen: false });

    const byYear = dataOf(await gql<{ resolutionCycle: { windowOpensAt: string } }>(`{ resolutionCycle(year: ${YEAR}) { windowOpensAt } }`));
    expect(byYear.resolutionCycle.windowOpensAt).toBe(wisconsinCycle(YEAR).windowOpensAt.toISOString());
    const all = dataOf(await gql<{ resolutionCycles: Array<{ year: number }> }>(`{ resolutionCycles { year } }`)).resolutionCycles.map((cycle) => cycle.year);
    expect(all).toEqual(expect.arrayContaining([YEAR, NEXT_YEAR, year]));
    expect(all).toEqual([...all].sort((a, b) => b - a));
  });

  it('refuses bad settings with BAD_USER_INPUT naming the field, and non-staff with FORBIDDEN', async () => {
    const valid = { year: 2074, windowOpensAt: '2074-01-05T06:00:00.000Z', windowClosesAt: '2074-02-10T06:00:00.000Z', maxCharacters: 2000, maxPerPerson: 2 };
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ windowClosesAt: valid.windowOpensAt }, 'windowClosesAt'],
      [{ maxCharacters: 0 }, 'maxCharacters'],
      [{ maxPerPerson: -1 }, 'maxPerPerson'],
      [{ year: 1999 }, 'year'],
    ];
    for (const [change, field] of cases) {
      const refused = await gql(CONFIGURE, { input: { ...valid, ...change } }, staffToken);
      expect(codeOf(refused)).toBe(ErrorCode.BAD_USER_INPUT);
      expect(refused.errors?.[0]?.extensions?.['field']).toBe(field);
    }
    const resident = await gql(CONFIGURE, { input: valid }, await tokenFor(randomUUID()));
    expect(codeOf(resident)).toBe(ErrorCode.FORBIDDEN);
    const rows = (await dataSource.query(`SELECT 1 FROM "resolutions"."cycle_configuration" WHERE "year" = 2074`)) as unknown[];
    expect(rows).toHaveLength(0);
  });
});

describe('submitResolution', () => {
  it('enters the first stage of the current pipeline with a number, version 1, the submit step and an audit entry', async () => {
    const authorId = await verifiedResident('55079');
    const token = await tokenFor(authorId, ['resident'], 'Ada Resident');
    const { resolution } = await submit(token, { title: '  Publish harvest counts by county  ' });
    expect(resolution).toMatchObject({
      title: 'Publish harvest counts by county',
      textVersion: 1,
      kind: 'ADVISORY',
      topic: 'Deer',
      authorName: 'Ada Resident',
      presenterName: 'Ada Resident',
      countyCode: '55079',
      county: { code: '55079' },
      submittedYear: YEAR,
      cycleYear: YEAR,
      stage: 'submitted',
      version: 1,
    });
    expect(resolution.number).toMatch(/^2071-\d{4,}$/);
    expect(resolution.familyId).toBe(resolution.id);

    const [step] = (await dataSource.query(
      `SELECT "sequence", "transition", "from_stage", "to_stage", "actor_kind", "actor_id", "actor_name", "cycle_year"
       FROM "resolutions"."resolution_transition" WHERE "resolution_id" = $1`,
      [resolution.id],
    )) as Array<Record<string, unknown>>;
    expect(step).toEqual({
      sequence: 1,
      transition: 'submit',
      from_stage: null,
      to_stage: 'submitted',
      actor_kind: 'person',
      actor_id: authorId,
      actor_name: 'Ada Resident',
      cycle_year: YEAR,
    });
    const [row] = (await dataSource.query(`SELECT "transition_count" FROM "resolutions"."resolution" WHERE "id" = $1`, [resolution.id])) as Array<{
      transition_count: number;
    }>;
    expect(row?.transition_count).toBe(1);
    expect(await footprint(authorId)).toEqual({ resolutions: 1, versions: 1, transitions: 1, auditEntries: 1 });
    const [audit] = (await dataSource.query(`SELECT "kind", "data" FROM "resolutions"."audit_entry" WHERE "resolution_id" = $1`, [resolution.id])) as Array<{
      kind: string;
      data: Record<string, unknown>;
    }>;
    expect(audit).toMatchObject({ kind: 'submitted', data: { number: resolution.number, year: YEAR, stage: 'submitted' } });
  });

  it('takes an explicit county, presenter and family ("the same resolution as one introduced elsewhere")', async () => {
    const first = await submit(await tokenFor(await verifiedResident('55025')));
    const { resolution } = await submit(await tokenFor(await verifiedResident('55025')), {
      countyCode: '55009',
      presenterName: 'Bo Designee',
      sameAsResolutionId: first.resolution.id,
    });
    expect(resolution).toMatchObject({ countyCode: '55009', presenterName: 'Bo Designee', familyId: first.resolution.familyId });

    const missing = await gql(SUBMIT, { input: submission({ sameAsResolutionId: randomUUID() }) }, await tokenFor(await verifiedResident()));
    expect(codeOf(missing)).toBe(ErrorCode.NOT_FOUND);
  });

  it('refuses anyone who is not a verified resident with NOT_ELIGIBLE, and writes nothing', async () => {
    const stranger = randomUUID();
    const revoked = await verifiedResident('55025', 'revoked');
    for (const accountId of [stranger, revoked]) {
      const refused = await gql(SUBMIT, { input: submission() }, await tokenFor(accountId));
      expect(codeOf(refused)).toBe(ErrorCode.NOT_ELIGIBLE);
      expect(await footprint(accountId)).toEqual({ resolutions: 0, versions: 0, transitions: 0, auditEntries: 0 });
    }
    const anonymous = await gql(SUBMIT, { input: submission() });
    expect(codeOf(anonymous)).toBe(ErrorCode.UNAUTHENTICATED);
  });

  it('refuses outside the window with SUBMISSION_WINDOW_CLOSED and the nearest window, and writes nothing', async () => {
    const authorId = await verifiedResident();
    jest.spyOn(clock, 'now').mockReturnValue(BETWEEN_WINDOWS);
    const refused = await gql(SUBMIT, { input: submission() }, await tokenFor(authorId));
    expect(codeOf(refused)).toBe(ErrorCode.SUBMISSION_WINDOW_CLOSED);
    const next = wisconsinCycle(NEXT_YEAR);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      year: NEXT_YEAR,
      opensAt: next.windowOpensAt.toISOString(),
      closesAt: next.windowClosesAt.toISOString(),
    });
    expect(await footprint(authorId)).toEqual({ resolutions: 0, versions: 0, transitions: 0, auditEntries: 0 });

    // The window is half-open: the instant it closes is outside.
    jest.spyOn(clock, 'now').mockReturnValue(wisconsinCycle(YEAR).windowClosesAt);
    expect(codeOf(await gql(SUBMIT, { input: submission() }, await tokenFor(authorId)))).toBe(ErrorCode.SUBMISSION_WINDOW_CLOSED);
    jest.spyOn(clock, 'now').mockReturnValue(wisconsinCycle(YEAR).windowOpensAt);
    dataOf(await gql(SUBMIT, { input: submission() }, await tokenFor(authorId)));
  });

  it('refuses a text over the limit with TEXT_TOO_LONG (counting characters, not bytes), and writes nothing', async () => {
    const authorId = await verifiedResident();
    const token = await tokenFor(authorId);
    const refused = await gql(SUBMIT, { input: submission({ text: 'a'.repeat(2001) }) }, token);
    expect(codeOf(refused)).toBe(ErrorCode.TEXT_TOO_LONG);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ length: 2001, max: 2000 });
    expect(await footprint(authorId)).toEqual({ resolutions: 0, versions: 0, transitions: 0, auditEntries: 0 });

    // 2,000 deer are 2,000 characters (8,000 bytes in UTF-8).
    const { resolution } = await submit(token, { text: '🦌'.repeat(2000) });
    expect([...resolution.text]).toHaveLength(2000);
  });

  it('refuses a missing or overlong title with BAD_USER_INPUT', async () => {
    const token = await tokenFor(await verifiedResident());
    for (const title of ['   ', 'T'.repeat(201)]) {
      const refused = await gql(SUBMIT, { input: submission({ title }) }, token);
      expect(codeOf(refused)).toBe(ErrorCode.BAD_USER_INPUT);
      expect(refused.errors?.[0]?.extensions?.['field']).toBe('title');
    }
  });

  it('refuses a third submission in a year with SUBMISSION_LIMIT_REACHED, and writes nothing', async () => {
    const authorId = await verifiedResident();
    const token = await tokenFor(authorId);
    await submit(token, { title: 'First' });
    await submit(token, { title: 'Second' });
    const refused = await gql(SUBMIT, { input: submission({ title: 'Third' }) }, token);
    expect(codeOf(refused)).toBe(ErrorCode.SUBMISSION_LIMIT_REACHED);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ submitted: 2, max: 2 });
    expect(await footprint(authorId)).toEqual({ resolutions: 2, versions: 2, transitions: 2, auditEntries: 2 });

    const mine = dataOf(await gql<{ myResolutions: Array<{ title: string }> }>(`{ myResolutions { title } }`, {}, token)).myResolutions;
    expect(mine.map((row) => row.title).sort()).toEqual(['First', 'Second']);
    expect(dataOf(await gql<{ myResolutions: unknown[] }>(`{ myResolutions(year: ${NEXT_YEAR}) { id } }`, {}, token)).myResolutions).toEqual([]);

    // The next congress year starts a new count.
    jest.spyOn(clock, 'now').mockReturnValue(new Date('2072-01-20T18:00:00.000Z'));
    expect((await submit(token, { title: 'Next year' })).resolution.submittedYear).toBe(NEXT_YEAR);
  });

  it('lets exactly one of two parallel submissions take the last slot of the year', async () => {
    const authorId = await verifiedResident();
    const token = await tokenFor(authorId);
    await submit(token, { title: 'Already in' });
    const results = await Promise.all(
      ['Racer one', 'Racer two'].map((title) => gql<{ submitResolution: Submission }>(SUBMIT, { input: submission({ title }) }, token)),
    );
    const succeeded = results.filter((result) => result.data?.submitResolution);
    const refused = results.filter((result) => codeOf(result) === ErrorCode.SUBMISSION_LIMIT_REACHED);
    expect(succeeded).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(await footprint(authorId)).toEqual({ resolutions: 2, versions: 2, transitions: 2, auditEntries: 2 });
  });
});

describe('similar resolutions', () => {
  const STURGEON = {
    title: 'Sturgeon spearing tags on Lake Winnebago',
    text:
      'Sturgeon spearing tags for the Winnebago system should be drawn by lottery, with a preference point for every year ' +
      'a spearer applied without success, so that young spearers get a fair chance at a tag.',
  };

  it('shows the author a near-duplicate on submission and on demand, and nothing for an unrelated text', async () => {
    const original = await submit(await tokenFor(await verifiedResident()), STURGEON);
    const duplicate = await submit(await tokenFor(await verifiedResident()), {
      title: 'Fair lottery for sturgeon spearing tags',
      text: 'Draw the Lake Winnebago sturgeon spearing tags by lottery and give each unsuccessful spearer a preference point per year.',
    });
    const match = duplicate.similar.find((similar) => similar.resolution.id === original.resolution.id);
    expect(match?.score).toBeGreaterThan(0.1);
    expect(duplicate.similar.length).toBeLessThanOrEqual(5);
    expect(duplicate.similar.map((similar) => similar.resolution.id)).not.toContain(duplicate.resolution.id);

    const onDemand = dataOf(
      await gql<{ similarResolutions: Array<{ score: number; resolution: { id: string } }> }>(
        `query ($text: String!) { similarResolutions(text: $text, limit: 3) { score resolution { id } } }`,
        { text: 'How should sturgeon spearing tags on Winnebago be drawn? A lottery with preference points.' },
      ),
    ).similarResolutions;
    expect(onDemand.length).toBeLessThanOrEqual(3);
    expect(onDemand.map((similar) => similar.resolution.id)).toEqual(expect.arrayContaining([original.resolution.id, duplicate.resolution.id]));
    const scores = onDemand.map((similar) => similar.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));

    const unrelated = dataOf(
      await gql<{ similarResolutions: Array<{ resolution: { id: string } }> }>(
        `query ($text: String!) { similarResolutions(text: $text) { resolution { id } } }`,
        { text: 'Snowmobile trails in northern parks should be groomed at night to reduce crowding on weekends.' },
      ),
    ).similarResolutions.map((similar) => similar.resolution.id);
    expect(unrelated).not.toContain(original.resolution.id);
    expect(unrelated).not.toContain(duplicate.resolution.id);
  });
});

describe('versions', () => {
  async function submitted() {
    const authorId = await verifiedResident();
    const token = await tokenFor(authorId, ['resident'], 'Ada Resident');
    const { resolution } = await submit(token, {
      title: 'Publish harvest counts',
      text: 'The department should publish the number of deer harvested in each county every year.',
    });
    return { authorId, token, resolution };
  }

  it('keeps every edit as a version and compares any two word by word', async () => {
    const { token, resolution } = await submitted();
    const edited = dataOf(
      await gql<{ editResolution: Resolution }>(
        EDIT,
        {
          input: {
            resolutionId: resolution.id,
            text: 'The department should publish the number of deer and turkeys harvested in each county every month.',
            note: 'Turkeys too, and monthly',
            expectedVersion: resolution.version,
          },
        },
        token,
      ),
    ).editResolution;
    expect(edited).toMatchObject({ textVersion: 2, version: 2, title: 'Publish harvest counts' });

    const staffEdit = dataOf(
      await gql<{ editResolution: Resolution }>(
        EDIT,
        { input: { resolutionId: resolution.id, title: 'Publish harvest counts monthly', expectedVersion: 2 } },
        staffToken,
      ),
    ).editResolution;
    expect(staffEdit).toMatchObject({ textVersion: 3, version: 3, title: 'Publish harvest counts monthly' });

    const read = dataOf(
      await gql<{ resolution: { versions: Array<{ version: number; title: string; editorName: string; note: string | null }> } }>(
        `query ($id: ID!) { resolution(id: $id) { versions { version title editorName note } } }`,
        { id: resolution.id },
      ),
    ).resolution.versions;
    expect(read).toEqual([
      { version: 1, title: 'Publish harvest counts', editorName: 'Ada Resident', note: null },
      { version: 2, title: 'Publish harvest counts', editorName: 'Ada Resident', note: 'Turkeys too, and monthly' },
      { version: 3, title: 'Publish harvest counts monthly', editorName: 'Sam Staff', note: null },
    ]);

    const comparison = dataOf(
      await gql<{
        compareResolutionVersions: {
          from: { version: number };
          to: { version: number };
          titleChanged: boolean;
          titleDiff: Array<{ op: string; text: string }>;
          diff: Array<{ op: string; text: string }>;
        };
      }>(
        `query ($id: ID!) { compareResolutionVersions(resolutionId: $id, from: 1, to: 3) {
          from { version } to { version } titleChanged titleDiff { op text } diff { op text } } }`,
        { id: resolution.id },
      ),
    ).compareResolutionVersions;
    expect(comparison).toMatchObject({ from: { version: 1 }, to: { version: 3 }, titleChanged: true });
    expect(comparison.titleDiff).toEqual([
      { op: 'EQUAL', text: 'Publish harvest counts' },
      { op: 'INSERT', text: ' monthly' },
    ]);
    const changed = comparison.diff.filter((part) => part.op !== 'EQUAL').map((part) => `${part.op} ${part.text.trim()}`);
    expect(changed).toEqual(['INSERT and turkeys', 'DELETE year.', 'INSERT month.']);
    const joined = (ops: string[]) =>
      comparison.diff
        .filter((part) => ops.includes(part.op))
        .map((part) => part.text)
        .join('');
    expect(joined(['EQUAL', 'DELETE'])).toBe('The department should publish the number of deer harvested in each county every year.');
    expect(joined(['EQUAL', 'INSERT'])).toBe(
      'The department should publish the number of deer harvested in each county every month.'.replace('deer', 'deer and turkeys'),
    );

    const audit = (await dataSource.query(`SELECT "kind" FROM "resolutions"."audit_entry" WHERE "resolution_id" = $1 ORDER BY "sequence"`, [
      resolution.id,
    ])) as Array<{ kind: string }>;
    expect(audit.map((entry) => entry.kind)).toEqual(['submitted', 'edited', 'edited']);

    const missing = await gql(`query ($id: ID!) { compareResolutionVersions(resolutionId: $id, from: 1, to: 9) { titleChanged } }`, { id: resolution.id });
    expect(codeOf(missing)).toBe(ErrorCode.NOT_FOUND);
  });

  it('refuses a stale version with CONFLICT, someone else with FORBIDDEN, an overlong text with TEXT_TOO_LONG, and writes nothing', async () => {
    const { token, resolution } = await submitted();
    const snapshot = async () =>
      dataSource.query(
        `SELECT r."text", r."text_version", r."row_version", (SELECT count(*)::int FROM "resolutions"."resolution_version" v WHERE v."resolution_id" = r."id") AS "versions"
         FROM "resolutions"."resolution" r WHERE r."id" = $1`,
        [resolution.id],
      ) as Promise<unknown[]>;
    const before = await snapshot();

    const stale = await gql(EDIT, { input: { resolutionId: resolution.id, text: 'Changed.', expectedVersion: 7 } }, token);
    expect(codeOf(stale)).toBe(ErrorCode.CONFLICT);
    expect(stale.errors?.[0]?.extensions).toMatchObject({ expectedVersion: 7, currentVersion: 1 });
    const stranger = await gql(EDIT, { input: { resolutionId: resolution.id, text: 'Changed.', expectedVersion: 1 } }, await tokenFor(randomUUID()));
    expect(codeOf(stranger)).toBe(ErrorCode.FORBIDDEN);
    const tooLong = await gql(EDIT, { input: { resolutionId: resolution.id, text: 'x'.repeat(2001), expectedVersion: 1 } }, token);
    expect(codeOf(tooLong)).toBe(ErrorCode.TEXT_TOO_LONG);
    const unchanged = await gql(EDIT, { input: { resolutionId: resolution.id, title: resolution.title, expectedVersion: 1 } }, token);
    expect(codeOf(unchanged)).toBe(ErrorCode.BAD_USER_INPUT);
    expect(await snapshot()).toEqual(before);

    // Two parallel edits from the same version: one wins, the other gets CONFLICT.
    const racing = await Promise.all(
      ['First edit.', 'Second edit.'].map((text) => gql(EDIT, { input: { resolutionId: resolution.id, text, expectedVersion: 1 } }, token)),
    );
    expect(racing.filter((result) => !result.errors)).toHaveLength(1);
    expect(racing.map((result) => codeOf(result)).filter(Boolean)).toEqual([ErrorCode.CONFLICT]);
  });

  it('lets the author edit only until screening, and staff until a final stage (CONDITION_NOT_MET)', async () => {
    const { token, resolution } = await submitted();
    await dataSource.query(`UPDATE "resolutions"."resolution" SET "stage" = 'introduced' WHERE "id" = $1`, [resolution.id]);
    const byAuthor = await gql(EDIT, { input: { resolutionId: resolution.id, text: 'Later.', expectedVersion: 1 } }, token);
    expect(codeOf(byAuthor)).toBe(ErrorCode.CONDITION_NOT_MET);
    dataOf(await gql(EDIT, { input: { resolutionId: resolution.id, text: 'Staff fixed a typo.', expectedVersion: 1 } }, staffToken));

    await dataSource.query(`UPDATE "resolutions"."resolution" SET "stage" = 'withdrawn' WHERE "id" = $1`, [resolution.id]);
    const final = await gql(EDIT, { input: { resolutionId: resolution.id, text: 'Too late.', expectedVersion: 2 } }, staffToken);
    expect(codeOf(final)).toBe(ErrorCode.CONDITION_NOT_MET);
  });
});

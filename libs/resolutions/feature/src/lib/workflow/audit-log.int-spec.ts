import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { ErrorCode } from '@civic/contracts';
import { WISCONSIN_PIPELINE } from '@civic/resolutions-domain';
import { codeOf, dataOf } from '@civic/testing';
import { startResolutionsTestApp, type ResolutionsTestApp } from '../../testing/resolutions-test-app';
import { PipelineService } from './pipeline.service';
import { insertTestResolution } from '../../testing/workflow-test-fixtures';

/**
 * The hash-chained audit log and the published pipeline, against the harness's PostgreSQL:
 * the chain verifies after many transitions, the application cannot alter an entry, and an
 * entry altered behind the triggers' back breaks verification at exactly that entry. A new
 * pipeline version applies to new resolutions only.
 */
let testApp: ResolutionsTestApp;
let dataSource: DataSource;

/** The schemas' owner (the migrator role): not the service's role. */
const ownerUrl = () => process.env['DATABASE_URL'] ?? '';
const literal = (value: string) => `'${value.replace(/'/g, "''")}'`;

/** Runs SQL on a connection of its own, as the role of the URL. */
async function asRole(url: string, sql: string, parameters?: unknown[]): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql, parameters);
  } finally {
    await client.end();
  }
}
let gql: ResolutionsTestApp['gql'];
let staff: string;

const TRANSITION = `mutation ($input: TransitionResolutionInput!) { transitionResolution(input: $input) { id stage version } }`;
const VERIFY = `query { verifyResolutionAuditChain { valid entriesChecked headHash brokenAtSequence problem } }`;
const AUDIT_LOG = `query ($id: ID!, $first: Int, $after: String) {
  resolutionAuditLog(resolutionId: $id, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { sequence kind actorKind actorName occurredAt dataJson previousHash hash } }
  }
}`;
const PIPELINE = `query ($version: Int) { resolutionPipeline(version: $version) {
  version name reason initialStage definitionJson
  stages { code terminal commentsOpen phase deadline { kind days advanceBy } carriesOver }
  transitions { code from to actors { kind bodyCode } conditions requires allowsMinorityReport }
  threeTwoRule { counties consecutiveYears transition }
} }`;
const PUBLISH = `mutation ($definitionJson: String!, $reason: String!) { publishResolutionPipeline(definitionJson: $definitionJson, reason: $reason) { version name reason } }`;
const AVAILABLE = `query ($id: ID!) { resolution(id: $id) { availableTransitions { code } } }`;

interface Available {
  resolution: { availableTransitions: Array<{ code: string }> };
}

interface Verification {
  valid: boolean;
  entriesChecked: number;
  headHash: string | null;
  brokenAtSequence: number | null;
  problem: string | null;
}

async function verify(): Promise<Verification> {
  return dataOf(await gql<{ verifyResolutionAuditChain: Verification }>(VERIFY)).verifyResolutionAuditChain;
}

async function take(resolutionId: string, transition: string, extra: Record<string, unknown> = {}): Promise<void> {
  dataOf(await gql(TRANSITION, { input: { resolutionId, transition, ...extra } }, { token: staff }));
}

beforeAll(async () => {
  testApp = await startResolutionsTestApp();
  ({ dataSource, gql } = testApp);
  // Resolutions written straight to the table need their pipeline version to exist.
  await testApp.app.get(PipelineService).currentPipeline();
  staff = await testApp.issuer.sign({ accountId: randomUUID(), roles: ['staff'], displayName: 'Audit Staff' });
});

afterAll(async () => {
  await testApp?.close();
});

describe('the audit chain', () => {
  let resolutionId: string;

  beforeAll(async () => {
    // Many transitions, several resolutions interleaved.
    const ids = await Promise.all(Array.from({ length: 6 }, () => insertTestResolution(dataSource, { stage: 'council-review' })));
    for (const id of ids) await take(id, 'council-approve', { vote: { yes: 7, no: 1, abstain: 0 }, reason: 'Sound.' });
    for (const id of ids) await take(id, 'complete-agency-review', { notes: 'Reviewed.', questionText: 'Should it be done?' });
    resolutionId = ids[0] ?? '';
  });

  it('verifies after many transitions, and pages a resolution’s entries oldest first', async () => {
    const result = await verify();
    expect(result).toMatchObject({ valid: true, brokenAtSequence: null, problem: null });
    expect(result.entriesChecked).toBeGreaterThanOrEqual(12);
    const [head] = (await dataSource.query(
      `SELECT "sequence"::int AS "sequence", "hash" FROM "resolutions"."audit_entry" ORDER BY "sequence" DESC LIMIT 1`,
    )) as Array<{ sequence: number; hash: string }>;
    expect(result.entriesChecked).toBe(head?.sequence);
    expect(result.headHash).toBe(head?.hash);

    type Page = {
      resolutionAuditLog: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: Array<{ node: { sequence: number; kind: string; actorKind: string; actorName: string; dataJson: string; previousHash: string; hash: string } }>;
      };
    };
    const first = await gql<Page>(AUDIT_LOG, { id: resolutionId, first: 1 });
    expect(first.data?.resolutionAuditLog).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
    const second = await gql<Page>(AUDIT_LOG, { id: resolutionId, first: 1, after: first.data?.resolutionAuditLog.pageInfo.endCursor });
    const nodes = [...(first.data?.resolutionAuditLog.edges ?? []), ...(second.data?.resolutionAuditLog.edges ?? [])].map(({ node }) => node);
    expect(nodes.map((node) => JSON.parse(node.dataJson).transition)).toEqual(['council-approve', 'complete-agency-review']);
    expect(nodes[0]).toMatchObject({ kind: 'transition', actorKind: 'PERSON', actorName: 'Audit Staff' });
    expect((nodes[1]?.sequence ?? 0) > (nodes[0]?.sequence ?? 0)).toBe(true);
  });

  it('refuses to let the application alter or delete an entry: its role may only append, and the trigger refuses even the owner', async () => {
    await expect(
      dataSource.query(`UPDATE "resolutions"."audit_entry" SET "actor_name" = 'Someone else' WHERE "resolution_id" = $1`, [resolutionId]),
    ).rejects.toThrow(/permission denied/);
    await expect(dataSource.query(`DELETE FROM "resolutions"."audit_entry" WHERE "resolution_id" = $1`, [resolutionId])).rejects.toThrow(/permission denied/);
    await expect(dataSource.query(`ALTER TABLE "resolutions"."audit_entry" DISABLE TRIGGER USER`)).rejects.toThrow(/must be owner/);
    await expect(
      asRole(ownerUrl(), `UPDATE "resolutions"."audit_entry" SET "actor_name" = 'Someone else' WHERE "resolution_id" = $1`, [resolutionId]),
    ).rejects.toThrow(/append-only/);
    await expect(asRole(ownerUrl(), `DELETE FROM "resolutions"."audit_entry" WHERE "resolution_id" = $1`, [resolutionId])).rejects.toThrow(/append-only/);
    expect((await verify()).valid).toBe(true);
  });

  it('fails verification at exactly the entry altered behind the triggers’ back', async () => {
    const [target] = (await dataSource.query(
      `SELECT "sequence"::int AS "sequence", "data" FROM "resolutions"."audit_entry" WHERE "resolution_id" = $1 ORDER BY "sequence" LIMIT 1`,
      [resolutionId],
    )) as Array<{ sequence: number; data: Record<string, unknown> }>;
    if (!target) throw new Error('no entry to alter');
    // As the superuser, with triggers off for this transaction only: what an intruder with full database access could do.
    const alter = (data: Record<string, unknown>) =>
      asRole(
        process.env['CIVIC_ADMIN_DATABASE_URL'] ?? '',
        `BEGIN; SET LOCAL session_replication_role = replica; UPDATE "resolutions"."audit_entry" SET "data" = ${literal(JSON.stringify(data))}::jsonb WHERE "sequence" = ${target.sequence}; COMMIT;`,
      );
    await alter({ ...target.data, reason: 'Rubber-stamped.' });
    try {
      expect(await verify()).toMatchObject({ valid: false, brokenAtSequence: target.sequence, problem: 'hash-mismatch', headHash: null });
    } finally {
      // Put it back: other specs share the database and its chain.
      await alter(target.data);
    }
    expect((await verify()).valid).toBe(true);
  });
});

describe('the pipeline', () => {
  it('installs the Wisconsin default as version 1 and shows it publicly', async () => {
    const result = await gql<{
      resolutionPipeline: {
        version: number;
        name: string;
        reason: string;
        stages: Array<{ code: string; deadline: unknown }>;
        transitions: Array<{ code: string; requires: string[]; actors: unknown[] }>;
        threeTwoRule: unknown;
      };
    }>(PIPELINE, { version: 1 });
    const pipeline = result.data?.resolutionPipeline;
    expect(pipeline).toMatchObject({
      version: 1,
      name: WISCONSIN_PIPELINE.name,
      reason: 'The Wisconsin default',
      threeTwoRule: { counties: 3, consecutiveYears: 2, transition: 'three-two-rule' },
    });
    expect(pipeline?.stages.find((stage) => stage.code === 'in-committee')?.deadline).toEqual({
      kind: 'committee-decision',
      days: 60,
      advanceBy: 'advance-by-deadline',
    });
    const amend = pipeline?.transitions.find((t) => t.code === 'committee-amend');
    expect(amend?.requires.sort()).toEqual(['amendedText', 'reason', 'vote']);
    expect(amend?.actors).toEqual([
      { kind: 'referred-committee-member', bodyCode: null },
      { kind: 'staff', bodyCode: null },
    ]);
    expect(codeOf(await gql(PIPELINE, { version: 9_999 }))).toBe(ErrorCode.NOT_FOUND);
  });

  it('refuses an invalid pipeline with its problems; a valid one applies to new resolutions only', async () => {
    // Publishing is congress-wide: an admin publishes at once (two staff members would take two requests).
    const admin = await testApp.issuer.sign({ accountId: randomUUID(), roles: ['admin'], displayName: 'Audit Admin' });
    const invalid = await gql(
      PUBLISH,
      { definitionJson: JSON.stringify({ ...WISCONSIN_PIPELINE, initialStage: 'nowhere' }), reason: 'Typo' },
      { token: staff },
    );
    expect(codeOf(invalid)).toBe(ErrorCode.BAD_USER_INPUT);
    expect((invalid.errors?.[0]?.extensions?.['problems'] as unknown[]).length).toBeGreaterThan(0);
    expect(codeOf(await gql(PUBLISH, { definitionJson: '{not json', reason: 'Typo' }, { token: staff }))).toBe(ErrorCode.BAD_USER_INPUT);
    const resident = await testApp.issuer.sign({ accountId: randomUUID(), roles: ['resident'] });
    expect(codeOf(await gql(PUBLISH, { definitionJson: JSON.stringify(WISCONSIN_PIPELINE), reason: 'Mine' }, { token: resident }))).toBe(ErrorCode.FORBIDDEN);

    const underWay = await insertTestResolution(dataSource);
    // Screening renamed: "admit" instead of "accept-screening".
    const renamed = {
      ...WISCONSIN_PIPELINE,
      transitions: WISCONSIN_PIPELINE.transitions.map((t) => (t.code === 'accept-screening' ? { ...t, code: 'admit' } : t)),
    };
    const published = await gql<{ publishResolutionPipeline: { version: number; reason: string } }>(
      PUBLISH,
      { definitionJson: JSON.stringify(renamed), reason: 'Plain words' },
      { token: admin },
    );
    const version = published.data?.publishResolutionPipeline.version ?? 0;
    try {
      expect(version).toBeGreaterThan(1);
      const current = await gql<{ resolutionPipeline: { version: number } }>(PIPELINE, {});
      expect(current.data?.resolutionPipeline.version).toBe(version);
      const [audit] = (await dataSource.query(
        `SELECT "data" FROM "resolutions"."audit_entry" WHERE "kind" = 'pipeline-published' ORDER BY "sequence" DESC LIMIT 1`,
      )) as Array<{ data: { version: number } }>;
      expect(audit?.data.version).toBe(version);

      const fresh = await insertTestResolution(dataSource, { pipelineVersion: version });
      expect(codeOf(await gql(TRANSITION, { input: { resolutionId: fresh, transition: 'accept-screening' } }, { token: staff }))).toBe(
        ErrorCode.TRANSITION_NOT_IN_PIPELINE,
      );
      const available = await gql<Available>(AVAILABLE, { id: fresh }, { token: staff });
      expect(available.data?.resolution.availableTransitions.map((t) => t.code)).toContain('admit');
      await take(fresh, 'admit');
      await take(underWay, 'accept-screening');
    } finally {
      // Later specs share the database: the default is current again.
      const restored = await gql(PUBLISH, { definitionJson: JSON.stringify(WISCONSIN_PIPELINE), reason: 'Back to the default' }, { token: admin });
      expect(restored.errors).toBeUndefined();
    }
  });

  it('tells each caller what they may do now', async () => {
    const authorId = randomUUID();
    const id = await insertTestResolution(dataSource, { authorId });
    const author = await testApp.issuer.sign({ accountId: authorId, roles: ['resident'] });
    const codes = async (token: string) =>
      ((await gql<Available>(AVAILABLE, { id }, { token })).data?.resolution.availableTransitions ?? []).map((t) => t.code).sort();
    expect(await codes(staff)).toEqual(['accept-screening', 'merge', 'reject-at-screening', 'withdraw']);
    expect(await codes(author)).toEqual(['withdraw']);
  });
});

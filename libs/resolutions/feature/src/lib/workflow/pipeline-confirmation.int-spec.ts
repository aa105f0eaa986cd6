import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { ErrorCode } from '@civic/contracts';
import { WISCONSIN_PIPELINE } from '@civic/resolutions-domain';
import { codeOf, dataOf } from '@civic/testing';
import { startResolutionsTestApp, type ResolutionsTestApp } from '../../testing/resolutions-test-app';
import { PipelineService } from './pipeline.service';

/**
 * Publishing a pipeline is congress-wide: an admin publishes at once; agency staff need a
 * second staff member who sends the same request (the two-person rule). Against the
 * harness's PostgreSQL; the current version is the Wisconsin default again when this spec
 * ends (later specs share the database).
 */
let testApp: ResolutionsTestApp;
let dataSource: DataSource;
let gql: ResolutionsTestApp['gql'];
const staffId = randomUUID();
const secondStaffId = randomUUID();
const thirdStaffId = randomUUID();
const tokens: Record<'first' | 'second' | 'third' | 'admin', string> = { first: '', second: '', third: '', admin: '' };

const PUBLISH = `mutation ($definitionJson: String!, $reason: String!) { publishResolutionPipeline(definitionJson: $definitionJson, reason: $reason) { version name reason } }`;
const CURRENT = `query { resolutionPipeline { version name } }`;
const VERIFY = `query { verifyResolutionAuditChain { valid } }`;
const PENDING = `{ pendingResolutionsConfirmations { id operation requestedBy requestedAt expiresAt } }`;

type Result = Awaited<ReturnType<ResolutionsTestApp['gql']>>;
const extensionsOf = (result: Result) => result.errors?.[0]?.extensions ?? {};
const publish = (definition: unknown, reason: string, token: string, space?: number) =>
  gql(PUBLISH, { definitionJson: JSON.stringify(definition, null, space), reason }, { token });
const currentVersion = async () => dataOf(await gql<{ resolutionPipeline: { version: number } }>(CURRENT)).resolutionPipeline.version;
const publishedEntries = async () =>
  Number((await dataSource.query(`SELECT count(*)::int AS n FROM resolutions.audit_entry WHERE kind = 'pipeline-published'`))[0].n);

beforeAll(async () => {
  testApp = await startResolutionsTestApp();
  ({ dataSource, gql } = testApp);
  await testApp.app.get(PipelineService).currentPipeline();
  const sign = (accountId: string, roles: Array<'staff' | 'admin'>) => testApp.issuer.sign({ accountId, roles, displayName: 'Pipeline Keeper' });
  tokens.first = await sign(staffId, ['staff']);
  tokens.second = await sign(secondStaffId, ['staff']);
  tokens.third = await sign(thirdStaffId, ['staff']);
  tokens.admin = await sign(randomUUID(), ['admin']);
});

afterAll(async () => {
  try {
    if (tokens.admin) dataOf(await publish(WISCONSIN_PIPELINE, 'Back to the default', tokens.admin));
  } finally {
    await testApp?.close();
  }
});

describe('publishing a pipeline under the two-person rule', () => {
  it('refuses one staff member alone and publishes nothing; a second staff member with the same request publishes it once', async () => {
    const versionBefore = await currentVersion();
    const entriesBefore = await publishedEntries();
    const definition = { ...WISCONSIN_PIPELINE, name: `Wisconsin, confirmed ${randomUUID()}` };
    const reason = 'Plainer stage names';

    const asked = await publish(definition, reason, tokens.first);
    expect(codeOf(asked)).toBe(ErrorCode.CONFIRMATION_REQUIRED);
    expect(extensionsOf(asked)).toMatchObject({ operation: 'publishResolutionPipeline', requestedBy: staffId, requestId: expect.any(String) });
    const expiresAt = Date.parse(String(extensionsOf(asked)['expiresAt']));
    expect(expiresAt - Date.now()).toBeGreaterThan(23 * 3_600_000);
    expect(expiresAt - Date.now()).toBeLessThanOrEqual(24 * 3_600_000);
    const requestId = extensionsOf(asked)['requestId'];
    // The same person again (the JSON laid out differently is the same definition): still refused, the same request renewed.
    const again = await publish(definition, reason, tokens.first, 2);
    expect(codeOf(again)).toBe(ErrorCode.CONFIRMATION_REQUIRED);
    expect(extensionsOf(again)['requestId']).toBe(requestId);
    expect(await currentVersion()).toBe(versionBefore);
    expect(await publishedEntries()).toBe(entriesBefore);
    const observer = await testApp.issuer.sign({ accountId: randomUUID(), roles: ['observer'] });
    const pendingIds = async (token: string) =>
      dataOf(
        await gql<{ pendingResolutionsConfirmations: Array<{ id: string; operation: string }> }>(PENDING, {}, { token }),
      ).pendingResolutionsConfirmations.map((request) => `${request.operation} ${request.id}`);
    expect(await pendingIds(observer)).toContain(`publishResolutionPipeline ${String(requestId)}`);

    // A second staff member with another reason: another request, of theirs.
    const other = await publish(definition, 'Different words', tokens.second);
    expect(codeOf(other)).toBe(ErrorCode.CONFIRMATION_REQUIRED);
    expect(extensionsOf(other)).toMatchObject({ requestedBy: secondStaffId });
    expect(extensionsOf(other)['requestId']).not.toBe(requestId);
    expect(await currentVersion()).toBe(versionBefore);

    // The second and a third staff member confirm at the same moment: one publishes, once.
    const results = await Promise.all([publish(definition, reason, tokens.second), publish(definition, reason, tokens.third)]);
    const published = results.filter((result) => result.errors === undefined);
    expect(published).toHaveLength(1);
    expect(published[0]?.data).toEqual({ publishResolutionPipeline: { version: versionBefore + 1, name: definition.name, reason } });
    // The other found the request spent: theirs is a new request, refused.
    const refused = results.find((result) => result.errors !== undefined);
    expect(refused && codeOf(refused)).toBe(ErrorCode.CONFIRMATION_REQUIRED);
    expect(refused && extensionsOf(refused)['requestId']).not.toBe(requestId);
    expect(await currentVersion()).toBe(versionBefore + 1);
    expect(await publishedEntries()).toBe(entriesBefore + 1);

    const [spent] = (await dataSource.query(`SELECT requested_by, confirmed_by, confirmed_at FROM resolutions.pending_confirmation WHERE id = $1`, [
      requestId,
    ])) as Array<{ requested_by: string; confirmed_by: string | null; confirmed_at: Date | null }>;
    expect(spent?.requested_by).toBe(staffId);
    expect([secondStaffId, thirdStaffId]).toContain(spent?.confirmed_by);
    expect(spent?.confirmed_at).not.toBeNull();
    expect(await pendingIds(observer)).not.toContain(`publishResolutionPipeline ${String(requestId)}`);
    // The refusals' trial runs left no trace in the hash chain.
    expect(dataOf(await gql<{ verifyResolutionAuditChain: { valid: boolean } }>(VERIFY)).verifyResolutionAuditChain.valid).toBe(true);
  });

  it('lets an admin publish at once; an invalid definition is refused as such, with no request recorded', async () => {
    const requests = async () => Number((await dataSource.query(`SELECT count(*)::int AS n FROM resolutions.pending_confirmation`))[0].n);
    const recorded = await requests();
    const invalid = await publish({ ...WISCONSIN_PIPELINE, initialStage: 'nowhere' }, 'Typo', tokens.first);
    expect(codeOf(invalid)).toBe(ErrorCode.BAD_USER_INPUT);
    expect(await requests()).toBe(recorded);

    const versionBefore = await currentVersion();
    const byAdmin = await publish({ ...WISCONSIN_PIPELINE, name: `Wisconsin, by an admin ${randomUUID()}` }, 'Admin’s call', tokens.admin);
    expect(byAdmin.errors).toBeUndefined();
    expect(await currentVersion()).toBe(versionBefore + 1);
    expect(await requests()).toBe(recorded);
  });
});

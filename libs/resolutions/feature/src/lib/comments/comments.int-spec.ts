import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { ErrorCode, type Role } from '@civic/contracts';
import { codeOf, dataOf } from '@civic/testing';
import { startResolutionsTestApp, type ResolutionsTestApp } from '../../testing/resolutions-test-app';
import { configureWisconsinCycle, SubmissionClock } from '../submission';

/**
 * Public comment against the harness's real PostgreSQL and Redis: open only at the stages
 * the resolution's pipeline opens, hidden by staff with a public reason, never deleted.
 */
const YEAR = 2075;
const IN_WINDOW = new Date('2075-01-20T18:00:00.000Z');

let testApp: ResolutionsTestApp;
let dataSource: DataSource;
let staffToken: string;

const gql = <T>(query: string, variables: Record<string, unknown> = {}, token?: string) => testApp.gql<T>(query, variables, { token });
const tokenFor = (accountId: string, roles: Role[] = ['resident'], displayName = 'Cy Commenter') => testApp.issuer.sign({ accountId, roles, displayName });

interface Comment {
  id: string;
  authorName: string;
  body: string | null;
  stage: string;
  hidden: boolean;
  hiddenAt: string | null;
  hiddenReason: string | null;
}

const COMMENT_FIELDS = 'id authorName body stage hidden hiddenAt hiddenReason';
const COMMENT = `mutation ($input: CommentOnResolutionInput!) { commentOnResolution(input: $input) { ${COMMENT_FIELDS} } }`;
const HIDE = `mutation ($input: HideResolutionCommentInput!) { hideResolutionComment(input: $input) { ${COMMENT_FIELDS} } }`;
const COMMENTS = `query ($id: ID!, $first: Int, $after: String) {
  resolution(id: $id) { comments(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${COMMENT_FIELDS} } } } }
}`;

/** A submitted resolution, moved to `stage` as the workflow would have. */
async function resolutionAt(stage: string): Promise<string> {
  const authorId = randomUUID();
  await dataSource.query(
    `INSERT INTO "resolutions"."resident" ("account_id", "jurisdiction_code", "status", "verified_at", "effective_at", "last_event_id")
     VALUES ($1, '55025', 'verified', now(), now(), $2)`,
    [authorId, randomUUID()],
  );
  const submitted = dataOf(
    await gql<{ submitResolution: { resolution: { id: string } } }>(
      `mutation ($input: SubmitResolutionInput!) { submitResolution(input: $input) { resolution { id } } }`,
      {
        input: {
          title: 'Bag limits for panfish',
          text: 'Lower the daily bag limit for bluegill and crappie to fifteen.',
          kind: 'RULE_CHANGE',
          topic: 'Fisheries',
        },
      },
      await tokenFor(authorId, ['resident'], 'Ada Author'),
    ),
  ).submitResolution.resolution.id;
  await dataSource.query(`UPDATE "resolutions"."resolution" SET "stage" = $2 WHERE "id" = $1`, [submitted, stage]);
  return submitted;
}

async function commentRows(resolutionId: string): Promise<number> {
  const [row] = (await dataSource.query(`SELECT count(*)::int AS "n" FROM "resolutions"."resolution_comment" WHERE "resolution_id" = $1`, [
    resolutionId,
  ])) as Array<{ n: number }>;
  return row?.n ?? -1;
}

async function comment(resolutionId: string, body: string, token?: string): Promise<Comment> {
  return dataOf(await gql<{ commentOnResolution: Comment }>(COMMENT, { input: { resolutionId, body } }, token ?? (await tokenFor(randomUUID()))))
    .commentOnResolution;
}

beforeAll(async () => {
  testApp = await startResolutionsTestApp();
  dataSource = testApp.dataSource;
  jest.spyOn(testApp.app.get(SubmissionClock), 'now').mockReturnValue(IN_WINDOW);
  staffToken = await tokenFor(randomUUID(), ['staff'], 'Sam Staff');
  await dataSource.transaction((manager) => configureWisconsinCycle(manager, YEAR));
});

afterAll(async () => {
  jest.restoreAllMocks();
  await testApp?.close();
});

describe('commentOnResolution', () => {
  it('takes comments at a stage open to comment, and shows them to the public, oldest first, in pages', async () => {
    const resolutionId = await resolutionAt('introduced');
    const first = await comment(resolutionId, '  Good idea: the lakes are overfished.  ');
    expect(first).toMatchObject({
      authorName: 'Cy Commenter',
      body: 'Good idea: the lakes are overfished.',
      stage: 'introduced',
      hidden: false,
      hiddenAt: null,
    });
    await comment(resolutionId, 'Fifteen is still too many.');
    await comment(resolutionId, 'What about perch?');

    const page = dataOf(
      await gql<{ resolution: { comments: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: Array<{ node: Comment }> } } }>(
        COMMENTS,
        { id: resolutionId, first: 2 },
      ),
    ).resolution.comments;
    expect(page.totalCount).toBe(3);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(page.edges.map((edge) => edge.node.body)).toEqual(['Good idea: the lakes are overfished.', 'Fifteen is still too many.']);
    const rest = dataOf(
      await gql<{ resolution: { comments: { pageInfo: { hasNextPage: boolean }; edges: Array<{ node: Comment }> } } }>(COMMENTS, {
        id: resolutionId,
        first: 2,
        after: page.pageInfo.endCursor,
      }),
    ).resolution.comments;
    expect(rest.pageInfo.hasNextPage).toBe(false);
    expect(rest.edges.map((edge) => edge.node.body)).toEqual(['What about perch?']);
  });

  it('refuses with COMMENTS_CLOSED at stages closed to comment, and writes nothing', async () => {
    for (const stage of ['submitted', 'withdrawn', 'implementation']) {
      const resolutionId = await resolutionAt(stage);
      const refused = await gql(COMMENT, { input: { resolutionId, body: 'Too early or too late.' } }, await tokenFor(randomUUID()));
      expect(codeOf(refused)).toBe(ErrorCode.COMMENTS_CLOSED);
      expect(refused.errors?.[0]?.extensions?.['stage']).toBe(stage);
      expect(await commentRows(resolutionId)).toBe(0);
    }
  });

  it('refuses anonymous callers, empty and overlong bodies, and unknown resolutions', async () => {
    const resolutionId = await resolutionAt('in-committee');
    expect(codeOf(await gql(COMMENT, { input: { resolutionId, body: 'Hello' } }))).toBe(ErrorCode.UNAUTHENTICATED);
    const token = await tokenFor(randomUUID());
    for (const body of ['   ', 'x'.repeat(2001)]) {
      const refused = await gql(COMMENT, { input: { resolutionId, body } }, token);
      expect(codeOf(refused)).toBe(ErrorCode.BAD_USER_INPUT);
      expect(refused.errors?.[0]?.extensions?.['field']).toBe('body');
    }
    expect(await commentRows(resolutionId)).toBe(0);
    expect(codeOf(await gql(COMMENT, { input: { resolutionId: randomUUID(), body: 'Hello' } }, token))).toBe(ErrorCode.NOT_FOUND);
    // 2,000 characters is within the limit.
    expect((await comment(resolutionId, 'y'.repeat(2000), token)).body).toHaveLength(2000);
  });
});

describe('hideResolutionComment', () => {
  it('staff hide a comment with a public reason: the body disappears from view, never from the database', async () => {
    const resolutionId = await resolutionAt('council-review');
    const target = await comment(resolutionId, 'Call me at 555-0100 for cheap bait!');

    expect(codeOf(await gql(HIDE, { input: { commentId: target.id, reason: 'Spam' } }, await tokenFor(randomUUID())))).toBe(ErrorCode.FORBIDDEN);
    const noReason = await gql(HIDE, { input: { commentId: target.id, reason: '  ' } }, staffToken);
    expect(codeOf(noReason)).toBe(ErrorCode.BAD_USER_INPUT);
    expect(noReason.errors?.[0]?.extensions?.['field']).toBe('reason');

    const hidden = dataOf(
      await gql<{ hideResolutionComment: Comment }>(HIDE, { input: { commentId: target.id, reason: 'Advertising' } }, staffToken),
    ).hideResolutionComment;
    expect(hidden).toMatchObject({ id: target.id, authorName: 'Cy Commenter', body: null, hidden: true, hiddenReason: 'Advertising' });
    expect(hidden.hiddenAt).not.toBeNull();

    const seen = dataOf(await gql<{ resolution: { comments: { edges: Array<{ node: Comment }> } } }>(COMMENTS, { id: resolutionId })).resolution.comments.edges;
    expect(seen.map((edge) => edge.node)).toEqual([hidden]);

    const again = await gql(HIDE, { input: { commentId: target.id, reason: 'Still advertising' } }, staffToken);
    expect(codeOf(again)).toBe(ErrorCode.CONFLICT);

    const audit = (await dataSource.query(
      `SELECT "actor_name", "data" FROM "resolutions"."audit_entry" WHERE "resolution_id" = $1 AND "kind" = 'comment-hidden'`,
      [resolutionId],
    )) as Array<{ actor_name: string; data: Record<string, unknown> }>;
    expect(audit).toEqual([{ actor_name: 'Sam Staff', data: { commentId: target.id, authorName: 'Cy Commenter', reason: 'Advertising' } }]);

    // Even a direct DELETE leaves it in place (a rule drops deletes), with its body kept for the record.
    await dataSource.query(`DELETE FROM "resolutions"."resolution_comment" WHERE "id" = $1`, [target.id]);
    const [stored] = (await dataSource.query(`SELECT "body", "hidden_reason" FROM "resolutions"."resolution_comment" WHERE "id" = $1`, [target.id])) as Array<{
      body: string;
      hidden_reason: string;
    }>;
    expect(stored).toEqual({ body: 'Call me at 555-0100 for cheap bait!', hidden_reason: 'Advertising' });

    expect(codeOf(await gql(HIDE, { input: { commentId: randomUUID(), reason: 'Spam' } }, staffToken))).toBe(ErrorCode.NOT_FOUND);
  });
});

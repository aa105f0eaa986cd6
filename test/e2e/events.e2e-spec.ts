import { Client } from 'pg';
import { DEMO_ACCOUNTS, demoResidentEmail } from '@civic/contracts';
import { gql, signIn, stack, startRedis, stopRedis, waitFor } from '../support';

/**
 * Identity → voting through the outbox, the relay, BullMQ and the idempotent consumer:
 * a residency verified in identity reaches voting's eligibility read model, also when
 * Redis is down at the time of the write.
 */

const VERIFY = /* GraphQL */ `
  mutation Verify($input: VerifyResidencyInput!) {
    verifyResidency(input: $input) {
      id
    }
  }
`;

const ELIGIBILITY = /* GraphQL */ `
  query Eligibility($accountId: ID!) {
    voterEligibility(accountId: $accountId) {
      status
      method
      jurisdiction {
        code
        name
      }
    }
  }
`;

interface Eligibility {
  status: string;
  method: string | null;
  jurisdiction: { code: string; name: string | null };
}

const COUNTIES = ['55025', '55079', '55133'];

/** waitFor, for a value that is null until it arrives. */
async function waitForValue<T>(fn: () => Promise<T | null>, options?: { timeoutMs?: number; intervalMs?: number }): Promise<T> {
  const value = await waitFor(fn, options);
  if (value === null) throw new Error('waitFor returned null');
  return value;
}

let staffToken: string;
let db: Client;

beforeAll(async () => {
  staffToken = (await signIn(DEMO_ACCOUNTS.staff.email, DEMO_ACCOUNTS.staff.password)).accessToken;
  db = new Client({ connectionString: stack().databaseUrl });
  await db.connect();
});

afterAll(async () => {
  await db?.end();
});

/** Moves demo residents number 3 between counties; other specs read residents number 1. */
const MOVABLE_RESIDENT = 3;

async function residentId(county: string): Promise<{ id: string; token: string }> {
  const { accessToken } = await signIn(demoResidentEmail(county, MOVABLE_RESIDENT), DEMO_ACCOUNTS.residentPassword);
  const { body } = await gql<{ me: { id: string } }>('{ me { id } }', undefined, { token: accessToken });
  if (!body.data?.me.id) throw new Error(`no account id for the resident of ${county}: ${JSON.stringify(body.errors)}`);
  return { id: body.data.me.id, token: accessToken };
}

async function eligibility(accountId: string): Promise<Eligibility | null> {
  const { body } = await gql<{ voterEligibility: Eligibility | null }>(ELIGIBILITY, { accountId }, { token: staffToken });
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data?.voterEligibility ?? null;
}

/** A county other than the current one, so that verifying is news and announces an event. */
async function anotherCounty(accountId: string): Promise<string> {
  const current = await waitForValue(() => eligibility(accountId), { timeoutMs: 30_000 });
  const next = COUNTIES.find((code) => code !== current.jurisdiction.code);
  if (!next) throw new Error('no other county to move to');
  return next;
}

async function verify(accountId: string, jurisdictionCode: string) {
  return gql<{ verifyResidency: { id: string } }>(VERIFY, { input: { accountId, jurisdictionCode, method: 'STAFF_IN_PERSON' } }, { token: staffToken });
}

async function latestVerificationEvent(accountId: string): Promise<{ id: string; published_at: Date | null; attempts: number }> {
  const { rows } = await db.query<{ id: string; published_at: Date | null; attempts: number }>(
    `SELECT "id", "published_at", "attempts" FROM "identity"."outbox_event"
      WHERE "name" = 'identity.resident-verified' AND "payload"->>'accountId' = $1
      ORDER BY "position" DESC LIMIT 1`,
    [accountId],
  );
  if (!rows[0]) throw new Error(`identity wrote no resident-verified event for ${accountId}`);
  return rows[0];
}

async function timesApplied(eventId: string): Promise<number> {
  const { rows } = await db.query<{ count: number }>(`SELECT count(*)::int AS count FROM "voting"."inbox_event" WHERE "id" = $1`, [eventId]);
  return rows[0]?.count ?? 0;
}

describe('events between services', () => {
  it('tells voting about a residency that staff verified in identity', async () => {
    const resident = await residentId('55025');
    const county = await anotherCounty(resident.id);

    const { body } = await verify(resident.id, county);
    expect(body.errors).toBeUndefined();

    const learned = await waitForValue(async () => {
      const current = await eligibility(resident.id);
      return current?.jurisdiction.code === county ? current : null;
    });
    expect(learned).toMatchObject({ status: 'ELIGIBLE', method: 'STAFF_IN_PERSON', jurisdiction: { code: county } });
    // The jurisdiction's name comes from the assemblies subgraph.
    expect(learned.jurisdiction.name).toEqual(expect.any(String));

    // The resident sees it on their own account (identity's Account, extended by voting).
    const own = await gql<{ me: { id: string; eligibility: Eligibility | null } }>('{ me { id eligibility { status jurisdiction { code } } } }', undefined, {
      token: resident.token,
    });
    expect(own.body.data?.me.eligibility).toEqual({ status: 'ELIGIBLE', jurisdiction: { code: county } });

    const event = await latestVerificationEvent(resident.id);
    expect(await timesApplied(event.id)).toBe(1);
  });

  it('accepts a verification while Redis is down and delivers it exactly once when Redis is back', async () => {
    const resident = await residentId('55079');
    const before = await waitForValue(() => eligibility(resident.id), { timeoutMs: 30_000 });
    const county = await anotherCounty(resident.id);

    await stopRedis();
    let redisStopped = true;
    try {
      const { status, body } = await verify(resident.id, county);
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      expect(body.data?.verifyResidency.id).toBe(resident.id);

      // The event waits in identity's outbox while the relay keeps failing to publish it.
      const waiting = await waitForValue(async () => {
        const event = await latestVerificationEvent(resident.id);
        return event.attempts >= 1 ? event : null;
      });
      expect(waiting.published_at).toBeNull();
      expect(await timesApplied(waiting.id)).toBe(0);
      expect((await eligibility(resident.id))?.jurisdiction.code).toBe(before.jurisdiction.code);

      await startRedis();
      redisStopped = false;

      const learned = await waitForValue(
        async () => {
          const current = await eligibility(resident.id);
          return current?.jurisdiction.code === county ? current : null;
        },
        { timeoutMs: 45_000, intervalMs: 250 },
      );
      expect(learned).toMatchObject({ status: 'ELIGIBLE', method: 'STAFF_IN_PERSON' });

      const published = await latestVerificationEvent(resident.id);
      expect(published.id).toBe(waiting.id);
      expect(published.published_at).not.toBeNull();
      expect(await timesApplied(waiting.id)).toBe(1);
      const { rows } = await db.query<{ last_event_id: string }>(`SELECT "last_event_id" FROM "voting"."voter_eligibility" WHERE "account_id" = $1`, [
        resident.id,
      ]);
      expect(rows[0]?.last_event_id).toBe(waiting.id);
    } finally {
      if (redisStopped) await startRedis();
    }
  }, 120_000);
});

import { Client } from 'pg';
import { DEMO_ACCOUNTS, demoResidentEmail, ErrorCode } from '@civic/contracts';
import { gql, signIn, stack, waitFor } from '../support';

/**
 * A county meeting through the gateway: staff schedule Dane County's meeting, open it and
 * check in a Dane resident (with a vote) and a Milwaukee resident (without one); the
 * public reads the counts, never the names. The demo residents' verifications reach
 * assemblies as identity events (outbox → relay → queue → residents read model).
 */
const DANE = '55025';
const MILWAUKEE = '55079';
/** Demo residents number 3 are moved between counties by events.e2e-spec.ts; 1 are read by others. */
const RESIDENT = 2;
/** A year no demo or other spec schedules, so that this county meeting is ours. */
const YEAR = 2035;

const CREATE = /* GraphQL */ `
  mutation Create($input: CreateCountyMeetingInput!) {
    createCountyMeeting(input: $input) {
      id
      status
      year
      place
      jurisdiction {
        code
        name
      }
      agenda {
        position
        title
      }
    }
  }
`;
const OPEN = /* GraphQL */ `
  mutation Open($id: ID!) {
    openCountyMeeting(meetingId: $id) {
      id
      status
    }
  }
`;
const CHECK_IN = /* GraphQL */ `
  mutation CheckIn($input: CheckInInput!) {
    checkIn(input: $input) {
      id
      accountId
      withVote
      reason
    }
  }
`;
const PUBLIC_MEETING = /* GraphQL */ `
  query Meeting($year: Int!, $code: String) {
    countyMeetings(year: $year, jurisdictionCode: $code) {
      totalCount
      edges {
        node {
          id
          status
          jurisdiction {
            code
            name
          }
          attendance {
            total
            withVote
            withoutVote
          }
        }
      }
    }
  }
`;

interface CheckIn {
  id: string;
  accountId: string | null;
  withVote: boolean;
  reason: string;
}

let staffToken: string;
let db: Client;

async function resident(county: string): Promise<{ id: string; token: string }> {
  const { accessToken } = await signIn(demoResidentEmail(county, RESIDENT), DEMO_ACCOUNTS.residentPassword);
  const { body } = await gql<{ me: { id: string } }>('{ me { id } }', undefined, { token: accessToken });
  if (!body.data?.me.id) throw new Error(`no account id for resident ${RESIDENT} of ${county}: ${JSON.stringify(body.errors)}`);
  return { id: body.data.me.id, token: accessToken };
}

/** Waits until every residency event identity wrote about the account has been applied by assemblies. */
async function residencyReachedAssemblies(accountId: string): Promise<void> {
  await waitFor(
    async () => {
      const { rows } = await db.query<{ missing: number; total: number }>(
        `SELECT count(*) FILTER (WHERE i."id" IS NULL)::int AS missing, count(*)::int AS total
           FROM "identity"."outbox_event" o
           LEFT JOIN "assemblies"."inbox_event" i ON i."id" = o."id"
          WHERE o."payload"->>'accountId' = $1`,
        [accountId],
      );
      return rows[0] !== undefined && rows[0].total > 0 && rows[0].missing === 0;
    },
    { timeoutMs: 30_000, intervalMs: 200 },
  );
}

beforeAll(async () => {
  staffToken = (await signIn(DEMO_ACCOUNTS.staff.email, DEMO_ACCOUNTS.staff.password)).accessToken;
  db = new Client({ connectionString: stack().databaseUrl });
  await db.connect();
});

afterAll(async () => {
  await db?.end();
});

describe('a county meeting', () => {
  it('checks in a Dane resident with a vote and a Milwaukee resident without, and shows the counts publicly', async () => {
    const dane = await resident(DANE);
    const milwaukee = await resident(MILWAUKEE);

    const created = await gql<{ createCountyMeeting: { id: string; status: string; jurisdiction: { code: string; name: string } } }>(
      CREATE,
      {
        input: {
          jurisdictionCode: DANE,
          year: YEAR,
          place: 'Monona Terrace, Madison',
          startsAt: `${YEAR}-04-09T23:00:00Z`,
          endsAt: `${YEAR}-04-10T02:00:00Z`,
          agenda: [{ title: 'Call to order' }, { title: 'Election of delegates', description: 'Two seats are up.' }],
        },
      },
      { token: staffToken },
    );
    expect(created.body.errors).toBeUndefined();
    const meeting = created.body.data?.createCountyMeeting;
    if (!meeting) throw new Error('no meeting created');
    expect(meeting).toMatchObject({ status: 'SCHEDULED', jurisdiction: { code: DANE, name: expect.stringMatching(/Dane/) } });

    // Only staff run meetings.
    const byResident = await gql(OPEN, { id: meeting.id }, { token: dane.token });
    expect(byResident.body.errors?.[0]?.extensions?.code).toBe(ErrorCode.FORBIDDEN);

    const opened = await gql<{ openCountyMeeting: { status: string } }>(OPEN, { id: meeting.id }, { token: staffToken });
    expect(opened.body.data?.openCountyMeeting.status).toBe('OPEN');

    await residencyReachedAssemblies(dane.id);
    await residencyReachedAssemblies(milwaukee.id);

    const local = await gql<{ checkIn: CheckIn }>(CHECK_IN, { input: { meetingId: meeting.id, accountId: dane.id } }, { token: staffToken });
    expect(local.body.errors).toBeUndefined();
    expect(local.body.data?.checkIn).toMatchObject({ accountId: dane.id, withVote: true, reason: 'VERIFIED_RESIDENT' });

    const visitor = await gql<{ checkIn: CheckIn }>(CHECK_IN, { input: { meetingId: meeting.id, accountId: milwaukee.id } }, { token: staffToken });
    expect(visitor.body.data?.checkIn).toMatchObject({ accountId: milwaukee.id, withVote: false, reason: 'RESIDENT_ELSEWHERE' });

    // A resident cannot check people in.
    const selfCheckIn = await gql(CHECK_IN, { input: { meetingId: meeting.id, accountId: dane.id } }, { token: dane.token });
    expect(selfCheckIn.body.errors?.[0]?.extensions?.code).toBe(ErrorCode.FORBIDDEN);

    const publicView = await gql<{
      countyMeetings: { totalCount: number; edges: Array<{ node: { id: string; status: string; attendance: Record<string, number> } }> };
    }>(PUBLIC_MEETING, { year: YEAR, code: DANE });
    expect(publicView.body.errors).toBeUndefined();
    expect(publicView.body.data?.countyMeetings.totalCount).toBe(1);
    expect(publicView.body.data?.countyMeetings.edges[0]?.node).toMatchObject({
      id: meeting.id,
      status: 'OPEN',
      attendance: { total: 2, withVote: 1, withoutVote: 1 },
    });

    // Names are not public.
    const names = await gql<{ countyMeeting: { attendees: unknown } }>(
      `query ($id: ID!) { countyMeeting(id: $id) { attendees { totalCount } } }`,
      { id: meeting.id },
      { token: dane.token },
    );
    expect(names.body.errors?.[0]?.extensions?.code).toBe(ErrorCode.FORBIDDEN);

    const mine = await gql<{ myCheckIn: { withVote: boolean } | null }>(
      `query ($id: ID!) { myCheckIn(meetingId: $id) { withVote } }`,
      { id: meeting.id },
      { token: dane.token },
    );
    expect(mine.body.data?.myCheckIn).toEqual({ withVote: true });
  });
});

import { randomInt, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { demoAccountId, demoDelegateEmail, ErrorCode } from '@civic/contracts';
import { codeOf, succeedingClient } from '@civic/testing';
import { seedTestDistrict, startAssembliesTestApp, verifiedResident, type AssembliesTestApp } from '../../testing/assemblies-test-app';

/**
 * Body elections with the delegate elections' engine, through the subgraph's GraphQL
 * endpoint: a delegation elects its chair (who may then appoint to the county's vacant
 * seats), a district elects its two council members with at most one per county enforced
 * in the count, the council elects an Executive officer. The database is shared with other
 * specs: this one adds two districts of its own (three counties and one); tests run in order.
 */
let testApp: AssembliesTestApp;
let dataSource: DataSource;
let gql: AssembliesTestApp['gql'];
let ok: ReturnType<typeof succeedingClient>;
let staff: string;
const suffix = randomInt(100_000, 999_999).toString();
const DISTRICT = `ED${suffix}`;
const OTHER_DISTRICT = `EO${suffix}`;
const COUNTIES = [1, 2, 3, 4].map((n) => `EC${suffix}${n}`);
const county = (n: number) => COUNTIES[n - 1] ?? '';
const delegate = (c: number, seat: number) => demoAccountId(demoDelegateEmail(county(c), seat));
const as = (c: number, seat: number) => testApp.issuer.sign({ accountId: delegate(c, seat), roles: ['resident'] });

const Q = {
  create: `mutation ($input: CreateBodyElectionInput!) { createBodyElection(input: $input) { id kind office phase seatsToFill body { code } } }`,
  nominate: `mutation ($input: NominateSelfInput!) { nominateSelf(input: $input) { id } }`,
  open: `mutation ($id: ID!) { openElectionVoting(electionId: $id) { phase } }`,
  vote: `mutation ($input: CastElectionBallotInput!) { castElectionBallot(input: $input) { ballotId } }`,
  close: `mutation ($id: ID!) { closeElectionVoting(electionId: $id) { phase } }`,
  paper: `mutation ($input: EnterPaperTotalsInput!) { enterPaperTotals(input: $input) { id } }`,
  certify: `mutation ($id: ID!) { certifyElection(electionId: $id) { phase } }`,
  result: `query ($id: ID!) { election(id: $id) { phase result { elected totals { candidateId votes outcome } } } }`,
  body: `query ($code: String!) { bodyByCode(code: $code) { members(first: 100) { edges { node { office countyCode districtCode basis account { id } } } } offices { office account { id } } } }`,
  appoint: `mutation ($input: AppointDelegateInput!) { appointDelegate(input: $input) { id startKind } }`,
};

interface BodyRead {
  bodyByCode: {
    members: {
      edges: Array<{ node: { office: string | null; countyCode: string | null; districtCode: string | null; basis: string; account: { id: string } } }>;
    };
    offices: Array<{ office: string; account: { id: string } }>;
  };
}
const body = async (code: string) => (await ok<BodyRead>(Q.body, { code })).bodyByCode;

async function create(input: Record<string, unknown>): Promise<string> {
  return (await ok<{ createBodyElection: { id: string } }>(Q.create, { input }, staff)).createBodyElection.id;
}
async function nominate(electionId: string, c: number, seat: number): Promise<string> {
  return (
    await ok<{ nominateSelf: { id: string } }>(Q.nominate, { input: { electionId, displayName: `Delegate ${c}-${seat}`, statement: '' } }, await as(c, seat))
  ).nominateSelf.id;
}
async function vote(electionId: string, c: number, seat: number, choices: string[]): Promise<void> {
  await ok(Q.vote, { input: { electionId, choices } }, await as(c, seat));
}
async function outboxCount(electionId: string): Promise<number> {
  const [row] = (await dataSource.query(
    `SELECT count(*)::int AS n FROM assemblies.outbox_event WHERE name = 'assemblies.body-election-certified' AND payload->>'electionId' = $1`,
    [electionId],
  )) as Array<{ n: number }>;
  return row?.n ?? -1;
}

beforeAll(async () => {
  testApp = await startAssembliesTestApp();
  ({ dataSource, gql } = testApp);
  staff = await testApp.issuer.sign({ accountId: randomUUID(), roles: ['staff'] });
  ok = succeedingClient(gql);

  const electing = (n: number) => ({ code: county(n), name: `Electing ${n}` });
  await seedTestDistrict(dataSource, {
    districtCode: DISTRICT,
    districtName: 'Election District',
    counties: [1, 2, 3].map(electing),
    otherDistricts: [{ code: OTHER_DISTRICT, name: 'Other District', counties: [electing(4)] }],
  });
});

afterAll(async () => {
  await testApp?.close();
});

describe('a county delegation elects its chair', () => {
  let electionId: string;

  it('takes the county’s delegates as candidates and voters only, electronically only', async () => {
    expect(codeOf(await gql(Q.create, { input: { kind: 'DELEGATION_OFFICER', jurisdictionCode: county(1), office: 'SECRETARY' } }, { token: staff }))).toBe(
      ErrorCode.BAD_USER_INPUT,
    );
    expect(
      codeOf(await gql(Q.create, { input: { kind: 'DELEGATION_OFFICER', jurisdictionCode: county(1), office: 'CHAIR' } }, { token: await as(1, 1) })),
    ).toBe(ErrorCode.FORBIDDEN);
    electionId = await create({ kind: 'DELEGATION_OFFICER', jurisdictionCode: county(1), office: 'CHAIR' });
    expect(codeOf(await gql(Q.create, { input: { kind: 'DELEGATION_OFFICER', jurisdictionCode: county(1), office: 'CHAIR' } }, { token: staff }))).toBe(
      ErrorCode.CONFLICT,
    );

    const c13 = await nominate(electionId, 1, 3);
    await nominate(electionId, 1, 4);
    expect(codeOf(await gql(Q.nominate, { input: { electionId, displayName: 'Elsewhere', statement: '' } }, { token: await as(2, 1) }))).toBe(
      ErrorCode.NOT_ELIGIBLE,
    );
    await ok(Q.open, { id: electionId }, staff);
    for (const seat of [1, 2, 3]) await vote(electionId, 1, seat, [c13]);
    expect(codeOf(await gql(Q.vote, { input: { electionId, choices: [c13] } }, { token: await as(2, 1) }))).toBe(ErrorCode.NOT_ELIGIBLE);
    expect(codeOf(await gql(Q.vote, { input: { electionId, choices: [c13] } }, { token: await as(1, 1) }))).toBe(ErrorCode.ALREADY_VOTED);
    expect(codeOf(await gql(Q.paper, { input: { electionId, totals: [{ candidateId: c13, votes: 2 }] } }, { token: staff }))).toBe(
      ErrorCode.PAPER_TOTALS_NOT_ACCEPTED,
    );
  });

  it('certifies once: the winner replaces the seeded chair, with a one-year term, and an event is written', async () => {
    expect((await body(`delegation-${county(1)}`)).offices).toContainEqual({ office: 'CHAIR', account: { id: delegate(1, 1) } });
    await ok(Q.close, { id: electionId }, staff);
    await ok(Q.certify, { id: electionId }, staff);
    expect(codeOf(await gql(Q.certify, { id: electionId }, { token: staff }))).toBe(ErrorCode.CONFLICT);
    const offices = (await body(`delegation-${county(1)}`)).offices;
    expect(offices.filter((office) => office.office === 'CHAIR')).toEqual([{ office: 'CHAIR', account: { id: delegate(1, 3) } }]);
    expect(offices).toContainEqual({ office: 'VICE_CHAIR', account: { id: delegate(1, 2) } });
    expect(await outboxCount(electionId)).toBe(1);

    // The replaced chair's membership ends and the winner's begins, each announced to the resolutions service.
    const changes = (await dataSource.query(
      `SELECT payload FROM assemblies.outbox_event WHERE name = 'assemblies.body-membership-changed' AND payload->>'bodyCode' = $1 AND payload->>'office' = 'chair' ORDER BY position`,
      [`delegation-${county(1)}`],
    )) as Array<{ payload: { accountId: string; active: boolean } }>;
    expect(changes.map(({ payload }) => [payload.accountId, payload.active])).toEqual([
      [delegate(1, 1), true],
      [delegate(1, 1), false],
      [delegate(1, 3), true],
    ]);
  });

  it('lets the new chair, not another county’s chair or a delegate, appoint to a vacant seat of the county', async () => {
    const [tenure] = (await dataSource.query(
      `SELECT t.id FROM assemblies.tenure t JOIN assemblies.seat s ON s.id = t.seat_id JOIN assemblies.jurisdiction j ON j.id = s.jurisdiction_id
        WHERE j.code = $1 AND s.number = 5 AND t.ended_at IS NULL`,
      [county(1)],
    )) as Array<{ id: string }>;
    await ok(`mutation ($input: EndTenureInput!) { removeDelegate(input: $input) { id } }`, { input: { tenureId: tenure?.id, reason: 'Moved away' } }, staff);
    const input = {
      jurisdictionCode: county(1),
      seatNumber: 5,
      accountId: await verifiedResident(testApp, county(1)),
      displayName: 'Appointed Person',
      reason: 'Vacancy after a move',
    };
    expect(codeOf(await gql(Q.appoint, { input }, { token: await as(2, 1) }))).toBe(ErrorCode.FORBIDDEN); // county 2's seeded chair
    expect(codeOf(await gql(Q.appoint, { input }, { token: await as(1, 1) }))).toBe(ErrorCode.FORBIDDEN); // the replaced chair
    expect((await ok<{ appointDelegate: { startKind: string } }>(Q.appoint, { input }, await as(1, 3))).appointDelegate.startKind).toBe('APPOINTED');
  });
});

describe('the convention: council members, then an Executive officer', () => {
  let councilElection: string;
  const ids: Record<string, string> = {};

  it('elects two council members for the district, at most one per county, even when the top two share a county', async () => {
    expect(codeOf(await gql(Q.create, { input: { kind: 'COUNCIL_MEMBERS', jurisdictionCode: county(1) } }, { token: staff }))).toBe(ErrorCode.BAD_USER_INPUT);
    councilElection = await create({ kind: 'COUNCIL_MEMBERS', jurisdictionCode: DISTRICT });
    ids['c11'] = await nominate(councilElection, 1, 1);
    ids['c12'] = await nominate(councilElection, 1, 2);
    ids['c21'] = await nominate(councilElection, 2, 1);
    expect(codeOf(await gql(Q.nominate, { input: { electionId: councilElection, displayName: 'Other', statement: '' } }, { token: await as(4, 1) }))).toBe(
      ErrorCode.NOT_ELIGIBLE,
    );
    await ok(Q.open, { id: councilElection }, staff);
    const [c11, c12, c21] = [ids['c11'] ?? '', ids['c12'] ?? '', ids['c21'] ?? ''];
    for (const seat of [1, 2, 3]) await vote(councilElection, 1, seat, [c11, c12]);
    await vote(councilElection, 1, 4, [c11]);
    await vote(councilElection, 2, 2, [c21]);
    await vote(councilElection, 3, 1, [c21]);
    expect(codeOf(await gql(Q.vote, { input: { electionId: councilElection, choices: [c21] } }, { token: await as(4, 1) }))).toBe(ErrorCode.NOT_ELIGIBLE);
    expect(codeOf(await gql(Q.vote, { input: { electionId: councilElection, choices: [c21] } }, { token: await as(3, 1) }))).toBe(ErrorCode.ALREADY_VOTED);
    await ok(Q.close, { id: councilElection }, staff);
    await ok(Q.certify, { id: councilElection }, staff);

    const result = (
      await ok<{ election: { result: { elected: string[]; totals: Array<{ candidateId: string; votes: number; outcome: string }> } } }>(Q.result, {
        id: councilElection,
      })
    ).election.result;
    expect(result.elected).toEqual([c11, c21]);
    expect(result.totals.find((total) => total.candidateId === c12)).toMatchObject({ votes: 3, outcome: 'BARRED' });
    const council = (await body('district-leadership-council')).members.edges.map(({ node }) => node).filter((node) => node.districtCode === DISTRICT);
    expect(council.map((node) => node.account.id).sort()).toEqual([delegate(1, 1), delegate(2, 1)].sort());
    expect(council.every((node) => node.basis === 'ELECTED')).toBe(true);
    expect(await outboxCount(councilElection)).toBe(1);
  });

  it('lets the council elect an Executive officer from its members', async () => {
    const electionId = await create({ kind: 'EXECUTIVE_OFFICER', office: 'PUBLIC_RELATIONS_OFFICER' });
    const candidate = await nominate(electionId, 1, 1);
    expect(codeOf(await gql(Q.nominate, { input: { electionId, displayName: 'Not on council', statement: '' } }, { token: await as(1, 2) }))).toBe(
      ErrorCode.NOT_ELIGIBLE,
    );
    await ok(Q.open, { id: electionId }, staff);
    expect(codeOf(await gql(Q.vote, { input: { electionId, choices: [candidate] } }, { token: await as(1, 2) }))).toBe(ErrorCode.NOT_ELIGIBLE);
    await vote(electionId, 2, 1, [candidate]);
    await ok(Q.close, { id: electionId }, staff);
    await ok(Q.certify, { id: electionId }, staff);
    const offices = (await body('executive-committee')).offices.filter((office) => office.office === 'PUBLIC_RELATIONS_OFFICER');
    expect(offices).toEqual([{ office: 'PUBLIC_RELATIONS_OFFICER', account: { id: delegate(1, 1) } }]);
  });
});

import { randomInt } from 'node:crypto';
import { DEMO_ACCOUNTS, demoAccountId, demoDelegateEmail, ErrorCode } from '@civic/contracts';
import { gql, signIn, must, codeOf } from '../support';

/** The congress's bodies through the gateway against the seeded demo. */
interface Member {
  id: string;
  office: string | null;
  countyCode: string | null;
  districtCode: string | null;
  account: { id: string };
}
const BODY = `query ($code: String!) { bodyByCode(code: $code) { id name members(first: 25) { totalCount edges { node { id office countyCode districtCode account { id } } } } offices { office termStart termEnd account { id } } } }`;
type BodyRead = {
  bodyByCode: {
    id: string;
    name: string;
    members: { totalCount: number; edges: Array<{ node: Member }> };
    offices: Array<{ office: string; termStart: string; termEnd: string; account: { id: string } }>;
  };
};

describe('the bodies of the demo congress', () => {
  it('has a District Leadership Council of two delegates per district, at most one per county', async () => {
    const { bodyByCode: council } = await must<BodyRead>(BODY, { code: 'district-leadership-council' });
    // Two per district (every illustrative district holds at least two counties), at most one per county.
    expect(council.members.totalCount).toBe(22);
    const counties = council.members.edges.map(({ node }) => node.countyCode);
    expect(new Set(counties).size).toBe(counties.length);
    const perDistrict = new Map<string, number>();
    for (const { node } of council.members.edges) perDistrict.set(node.districtCode ?? '', (perDistrict.get(node.districtCode ?? '') ?? 0) + 1);
    expect(perDistrict.size).toBe(11);
    expect([...perDistrict.values()].every((members) => members === 2)).toBe(true);
  });

  it('has an Executive Committee of five officers from the council, with one-year terms', async () => {
    const { bodyByCode: executive } = await must<BodyRead>(BODY, { code: 'executive-committee' });
    const { bodyByCode: council } = await must<BodyRead>(BODY, { code: 'district-leadership-council' });
    expect(executive.offices.map((office) => office.office).sort()).toEqual(['CHAIR', 'HISTORIAN', 'PUBLIC_RELATIONS_OFFICER', 'SECRETARY', 'VICE_CHAIR']);
    const councilIds = new Set(council.members.edges.map(({ node }) => node.account.id));
    for (const office of executive.offices) {
      expect(councilIds.has(office.account.id)).toBe(true);
      expect(Number(office.termEnd.slice(0, 4)) - Number(office.termStart.slice(0, 4))).toBe(1);
    }
  });

  it('has a delegation per county and the advisory committees with the youth congress', async () => {
    const delegations = await must<{ bodies: { totalCount: number } }>(`{ bodies(kind: COUNTY_DELEGATION, first: 1) { totalCount } }`, {});
    expect(delegations.bodies.totalCount).toBe(72);
    const { bodyByCode: dane } = await must<BodyRead>(BODY, { code: 'delegation-55025' });
    expect(dane.members.totalCount).toBe(5);
    expect(dane.offices.map((office) => office.office)).toEqual(['CHAIR', 'VICE_CHAIR']);
    const youth = await must<{ bodies: { edges: Array<{ node: { name: string } }> } }>(`{ bodies(kind: YOUTH_CONGRESS) { edges { node { name } } } }`, {});
    expect(youth.bodies.edges.map(({ node }) => node.name)).toEqual(['Youth Conservation Congress']);
    const committees = await must<{ bodies: { totalCount: number } }>(`{ bodies(kind: ADVISORY_COMMITTEE, first: 1) { totalCount } }`, {});
    expect(committees.bodies.totalCount).toBeGreaterThanOrEqual(17);
  });

  it('lets demo delegates vote by name in a committee meeting staff set up, and refuses a conflicted vote', async () => {
    const staff = (await signIn(DEMO_ACCOUNTS.staff.email, DEMO_ACCOUNTS.staff.password)).accessToken;
    const [a, b] = [
      { code: '55025', seat: 4 },
      { code: '55001', seat: 4 },
    ];
    if (!a || !b) throw new Error('unreachable');
    const idOf = (d: { code: string; seat: number }) => demoAccountId(demoDelegateEmail(d.code, d.seat));
    const tokenOf = async (d: { code: string; seat: number }) => (await signIn(demoDelegateEmail(d.code, d.seat), DEMO_ACCOUNTS.residentPassword)).accessToken;

    const created = await must<{ createCommittee: { id: string } }>(
      `mutation ($input: CreateCommitteeInput!) { createCommittee(input: $input) { id } }`,
      { input: { name: `E2E Warm Water ${randomInt(1_000_000)}` } },
      staff,
    );
    const bodyId = created.createCommittee.id;
    const ASSIGN = `mutation ($input: AssignBodyMemberInput!) { assignBodyMember(input: $input) { id } }`;
    await must(ASSIGN, { input: { bodyId, accountId: idOf(a), office: 'CHAIR' } }, staff);
    await must(ASSIGN, { input: { bodyId, accountId: idOf(b) } }, staff);
    const meeting = await must<{ scheduleBodyMeeting: { id: string; agenda: Array<{ id: string }> } }>(
      `mutation ($input: ScheduleBodyMeetingInput!) { scheduleBodyMeeting(input: $input) { id agenda { id } } }`,
      {
        input: { bodyId, title: 'Committee meeting', place: 'Madison', startsAt: new Date().toISOString(), agenda: [{ title: 'Resolution on lake sturgeon' }] },
      },
      staff,
    );
    const agendaItemId = meeting.scheduleBodyMeeting.agenda[0]?.id;
    const motion = await must<{ openBodyMotion: { id: string } }>(
      `mutation ($input: OpenBodyMotionInput!) { openBodyMotion(input: $input) { id } }`,
      { input: { agendaItemId, text: 'Advance the resolution.' } },
      staff,
    );
    const motionId = motion.openBodyMotion.id;

    const [tokenA, tokenB] = await Promise.all([tokenOf(a), tokenOf(b)]);
    const VOTE = `mutation ($input: CastBodyVoteInput!) { castBodyVote(input: $input) { displayName choice } }`;
    await must(
      `mutation ($input: DeclareConflictOfInterestInput!) { declareConflictOfInterest(input: $input) { id } }`,
      { input: { agendaItemId, reason: 'I run a charter fishing business.' } },
      tokenA,
    );
    const refused = await gql(VOTE, { input: { motionId, choice: 'NO' } }, { token: tokenA });
    expect(codeOf(refused.body)).toBe(ErrorCode.CONFLICT_OF_INTEREST_DECLARED);
    const cast = await must<{ castBodyVote: { displayName: string; choice: string } }>(VOTE, { input: { motionId, choice: 'YES' } }, tokenB);
    expect(cast.castBodyVote).toMatchObject({ choice: 'YES', displayName: expect.stringMatching(/Adams.*Delegate 4/) });
    const outsider = await tokenOf({ code: '55079', seat: 1 });
    expect(codeOf((await gql(VOTE, { input: { motionId, choice: 'YES' } }, { token: outsider })).body)).toBe(ErrorCode.NOT_A_BODY_MEMBER);

    const read = await must<{
      bodyMeeting: {
        agenda: Array<{
          motions: Array<{ votes: Array<{ choice: string; account: { id: string } }>; recusals: Array<{ reason: string; account: { id: string } }> }>;
        }>;
      };
    }>(`query ($id: ID!) { bodyMeeting(id: $id) { agenda { motions { votes { choice account { id } } recusals { reason account { id } } } } } }`, {
      id: meeting.scheduleBodyMeeting.id,
    });
    const record = read.bodyMeeting.agenda[0]?.motions[0];
    expect(record?.votes).toEqual([{ choice: 'YES', account: { id: idOf(b) } }]);
    expect(record?.recusals).toEqual([{ reason: 'I run a charter fishing business.', account: { id: idOf(a) } }]);
  });
});

import { Client } from 'pg';
import { DEMO_ACCOUNTS, demoAccountId, demoDelegateEmail, demoResidentEmail, ErrorCode } from '@civic/contracts';
import { codeOf, gql, must, signIn, stack, waitFor } from '../support';
import { checkInWithVote, handOutPaperBallots, issuePaperBallot, openCountyMeeting } from '../support/county-meetings';

/**
 * The whole voting cycle through the gateway, for congress year 2095 (this file's own):
 * staff put two questions on the questionnaire and schedule its window, which opens and
 * closes by scheduled jobs; residents of four counties vote online, attendees checked in
 * with a vote at their county meeting vote in the room, and staff enter paper totals that
 * a second staff member confirms. The results county by county, by district and statewide
 * must be exactly what was cast, every receipt is on the bulletin, and then the convention
 * votes by roll call on the same questions: each delegate's vote beside their county's
 * public result, and the convention's agreement rate with the public.
 */
const YEAR = 2095;

const DANE = '55025'; // District D05
const ROCK = '55105'; // District D05: paper only
const MILWAUKEE = '55079'; // District D09
const BROWN = '55009'; // District D06
const COUNTIES = [BROWN, DANE, MILWAUKEE, ROCK]; // code order, as results list them

type Choice = 'yes' | 'no' | 'abstain';
type Channel = 'ONLINE' | 'IN_ROOM' | 'PAPER';
type QuestionKey = 'walleye' | 'bear';
type Counts = { yes: number; no: number; abstain: number };

/**
 * Demo residents 1 and 2 (number 3 is moved between counties by events.e2e-spec.ts). The
 * in-room voters are checked in with a vote at their own county's 2095 meeting.
 */
const BALLOTS: Array<{ county: string; n: number; channel: 'ONLINE' | 'IN_ROOM'; answers: Partial<Record<QuestionKey, Choice>> }> = [
  { county: DANE, n: 1, channel: 'ONLINE', answers: { walleye: 'yes', bear: 'no' } },
  { county: DANE, n: 2, channel: 'ONLINE', answers: { walleye: 'yes', bear: 'yes' } },
  { county: MILWAUKEE, n: 1, channel: 'ONLINE', answers: { walleye: 'no', bear: 'yes' } },
  { county: MILWAUKEE, n: 2, channel: 'IN_ROOM', answers: { walleye: 'no', bear: 'abstain' } },
  // Leaves the bear question unanswered: not counted at all, not even as an abstention.
  { county: BROWN, n: 1, channel: 'ONLINE', answers: { walleye: 'yes' } },
  { county: BROWN, n: 2, channel: 'IN_ROOM', answers: { walleye: 'no', bear: 'no' } },
];

/** Entered by one staff member, confirmed by the other: Dane's while voting is open, Rock's after it closed. */
const PAPER: Array<{ county: string; enteredBy: 'staff' | 'admin'; totals: Record<QuestionKey, Counts> }> = [
  { county: DANE, enteredBy: 'staff', totals: { walleye: { yes: 7, no: 3, abstain: 1 }, bear: { yes: 2, no: 6, abstain: 0 } } },
  { county: ROCK, enteredBy: 'admin', totals: { walleye: { yes: 1, no: 4, abstain: 0 }, bear: { yes: 5, no: 0, abstain: 2 } } },
];

/** Convention delegates (county, seat) and what they do on the walleye roll call, in order. */
type DelegateAction = { vote: 'YES' | 'NO' | 'ABSTAIN' } | { conflict: string };
const WALLEYE_ROLL_CALL: Array<{ county: string; seat: number; actions: DelegateAction[] }> = [
  { county: DANE, seat: 1, actions: [{ vote: 'YES' }] },
  { county: DANE, seat: 2, actions: [{ vote: 'NO' }, { vote: 'YES' }] }, // changes their mind before the close
  { county: DANE, seat: 3, actions: [{ vote: 'NO' }] },
  { county: DANE, seat: 4, actions: [{ vote: 'YES' }, { conflict: 'I guide walleye charters on Lake Mendota.' }] }, // the vote is withdrawn
  { county: MILWAUKEE, seat: 1, actions: [{ vote: 'NO' }] },
  { county: MILWAUKEE, seat: 2, actions: [{ vote: 'YES' }, { vote: 'ABSTAIN' }] },
  { county: MILWAUKEE, seat: 3, actions: [{ vote: 'YES' }] },
  { county: BROWN, seat: 1, actions: [{ vote: 'YES' }] },
  { county: ROCK, seat: 1, actions: [{ vote: 'NO' }] },
  { county: ROCK, seat: 2, actions: [{ vote: 'ABSTAIN' }] },
];
/** On the bear question: too few answer the roll for the default quorum (a majority of all delegates). */
const BEAR_ROLL_CALL: Array<{ county: string; seat: number; vote: 'YES' | 'NO' }> = [
  { county: DANE, seat: 1, vote: 'YES' },
  { county: MILWAUKEE, seat: 1, vote: 'YES' },
];

const Q = {
  addQuestion: `mutation ($input: AddQuestionnaireQuestionInput!) { addQuestionnaireQuestion(input: $input) { id position choices } }`,
  schedule: `mutation ($input: ScheduleQuestionnaireInput!) { scheduleQuestionnaire(input: $input) { status opensAt closesAt } }`,
  questionnaire: `query ($year: Int!) { questionnaire(year: $year) { status } }`,
  eligibility: `{ myEligibility { status jurisdiction { code } } }`,
  cast: `mutation ($input: CastBallotInput!) { castBallot(input: $input) { receipt countyCode channel questionsAnswered } }`,
  checkIn: `mutation ($input: CheckInInput!) { checkIn(input: $input) { withVote reason } }`,
  enterPaper: `mutation ($input: EnterQuestionnairePaperTotalsInput!) { enterQuestionnairePaperTotals(input: $input) { countyCode totals { yes no abstain confirmedBy } } }`,
  confirmPaper: `mutation ($input: ConfirmQuestionnairePaperTotalsInput!) { confirmQuestionnairePaperTotals(input: $input) { countyCode totals { confirmedBy } } }`,
  results: `query ($year: Int!) { questionResults(year: $year) {
      yes no abstain live exact publicationThreshold passed countiesInFavour countiesCounted question { id }
      counties { countyCode yes no abstain inFavour byChannel { channel yes no abstain } }
      districts { districtCode yes no abstain countiesInFavour countiesCounted inFavour } } }`,
  certify: `mutation ($input: CertifyQuestionResultInput!) { certifyQuestionResult(input: $input) { live passed countiesInFavour } }`,
  resultRows: `query ($year: Int!) { questionnaireResultRows(year: $year) { questionId countyCode yes no abstain live } }`,
  certifyQuestionnaire: `mutation ($year: Int!) { certifyQuestionnaire(year: $year) { status } }`,
  bulletin: `query ($year: Int!, $county: String!) { ballotBulletin(year: $year, countyCode: $county, first: 100) { receipts hasNextPage } }`,
  verify: `query ($year: Int!, $receipt: String!) { verifyReceipt(year: $year, receipt: $receipt) { counted countyCode } }`,
  openRollCall: `mutation ($input: OpenRollCallInput!) { openRollCall(input: $input) { id status year electorateSize quorum } }`,
  rollCallVote: `mutation ($input: CastRollCallVoteInput!) { castRollCallVote(input: $input) { choice conflict } }`,
  declareConflict: `mutation ($input: DeclareRollCallConflictInput!) { declareRollCallConflict(input: $input) { choice conflict present } }`,
  closeRollCall: `mutation ($id: ID!, $requireQuorum: Boolean!) { closeRollCall(rollCallId: $id, requireQuorum: $requireQuorum) { status outcome passed } }`,
  rollCall: `query ($id: ID!) { rollCall(id: $id) {
      status outcome passed yes no abstain conflicts present quorum quorumMet electorateSize year question { id }
      threshold { kind numerator denominator strict }
      votes { account { id } countyCode choice conflict conflictReason present }
      counties { countyCode members yes no abstain conflicts absent } } }`,
  representation: `query ($id: ID!) { rollCallRepresentation(rollCallId: $id) {
      publicResultCertified question { id }
      delegates { account { id } countyCode choice conflict countyYes countyNo countyAbstain countyMajority agrees }
      agreement { compared agreeing rate } } }`,
  bodyRepresentation: `query ($year: Int!) { bodyRepresentation(bodyCode: "convention", year: $year) {
      agreement { compared agreeing rate }
      rollCalls { rollCallId questionId publicResultCertified agreement { compared agreeing rate } }
      members { account { id } countyCode agreement { compared agreeing rate } } } }`,
  delegatesInOffice: `{ delegatesInOffice(first: 1) { totalCount } }`,
  parent: `query ($code: String!) { jurisdiction(code: $code) { parent { code } } }`,
};

interface CountyResult extends Counts {
  countyCode: string;
  inFavour: boolean | null;
  byChannel: Array<Counts & { channel: Channel }>;
}
interface DistrictResult extends Counts {
  districtCode: string;
  countiesInFavour: number;
  countiesCounted: number;
  inFavour: boolean | null;
}
interface QuestionResult extends Counts {
  live: boolean;
  exact: boolean;
  publicationThreshold: number;
  passed: boolean | null;
  countiesInFavour: number;
  countiesCounted: number;
  question: { id: string };
  counties: CountyResult[];
  districts: DistrictResult[];
}
interface RollCallRead {
  status: string;
  outcome: string | null;
  passed: boolean | null;
  yes: number;
  no: number;
  abstain: number;
  conflicts: number;
  present: number;
  quorum: number;
  quorumMet: boolean;
  electorateSize: number;
  year: number;
  question: { id: string } | null;
  threshold: { kind: string; numerator: number; denominator: number; strict: boolean };
  votes: Array<{
    account: { id: string };
    countyCode: string | null;
    choice: string | null;
    conflict: boolean;
    conflictReason: string | null;
    present: boolean;
  }>;
  counties: Array<{ countyCode: string; members: number; yes: number; no: number; abstain: number; conflicts: number; absent: number }>;
}
interface Agreement {
  compared: number;
  agreeing: number;
  rate: number | null;
}
interface DelegateRepresentation {
  account: { id: string };
  countyCode: string | null;
  choice: string | null;
  conflict: boolean;
  countyYes: number;
  countyNo: number;
  countyAbstain: number;
  countyMajority: 'YES' | 'NO' | null;
  agrees: boolean | null;
}

const zero = (): Counts => ({ yes: 0, no: 0, abstain: 0 });
const add = (into: Counts, counts: Counts): void => {
  into.yes += counts.yes;
  into.no += counts.no;
  into.abstain += counts.abstain;
};
const one = (choice: Choice): Counts => ({ ...zero(), [choice]: 1 });

/**
 * What the results must say, computed from what this test cast: per county and channel, the
 * counties with more yes than no, districts as sums of their counties, and statewide.
 */
function expectedResult(key: QuestionKey, { withPaper }: { withPaper: boolean }, districtOf: ReadonlyMap<string, string>) {
  const byCounty = new Map<string, Map<Channel, Counts>>();
  const channelCounts = (county: string, channel: Channel): Counts => {
    const channels = byCounty.get(county) ?? new Map<Channel, Counts>();
    byCounty.set(county, channels);
    const counts = channels.get(channel) ?? zero();
    channels.set(channel, counts);
    return counts;
  };
  for (const ballot of BALLOTS) {
    const choice = ballot.answers[key];
    if (choice) add(channelCounts(ballot.county, ballot.channel), one(choice));
  }
  if (withPaper) for (const paper of PAPER) add(channelCounts(paper.county, 'PAPER'), paper.totals[key]);

  const counties = [...byCounty.keys()].sort().map((countyCode) => {
    const channels = byCounty.get(countyCode) as Map<Channel, Counts>;
    const total = zero();
    for (const counts of channels.values()) add(total, counts);
    return {
      countyCode,
      ...total,
      inFavour: total.yes > total.no,
      byChannel: [...channels].map(([channel, counts]) => ({ channel, ...counts })).sort((a, b) => a.channel.localeCompare(b.channel)),
    };
  });
  const statewide = zero();
  for (const county of counties) add(statewide, county);
  const districtCodes = [...new Set(counties.map((county) => districtOf.get(county.countyCode) ?? '?'))].sort();
  const districts = districtCodes.map((districtCode) => {
    const members = counties.filter((county) => districtOf.get(county.countyCode) === districtCode);
    const total = zero();
    for (const county of members) add(total, county);
    return {
      districtCode,
      ...total,
      countiesInFavour: members.filter((county) => county.inFavour).length,
      countiesCounted: members.length,
      inFavour: total.yes > total.no,
    };
  });
  return {
    ...statewide,
    passed: statewide.yes > statewide.no,
    countiesInFavour: counties.filter((county) => county.inFavour).length,
    countiesCounted: counties.length,
    counties,
    districts,
  };
}

/** The result as read, with channels in a stable order and without channels that counted nothing. */
function normalised(result: QuestionResult) {
  return {
    yes: result.yes,
    no: result.no,
    abstain: result.abstain,
    passed: result.passed,
    countiesInFavour: result.countiesInFavour,
    countiesCounted: result.countiesCounted,
    counties: result.counties.map((county) => ({
      ...county,
      byChannel: county.byChannel.filter((channel) => channel.yes + channel.no + channel.abstain > 0).sort((a, b) => a.channel.localeCompare(b.channel)),
    })),
    districts: result.districts,
  };
}

/** A county's public majority on a question, as representation compares it (null on a tie). */
function majorityOf(counts: Counts): 'YES' | 'NO' | null {
  return counts.yes > counts.no ? 'YES' : counts.no > counts.yes ? 'NO' : null;
}

function agreementOf(values: Array<boolean | null>): Agreement {
  const compared = values.filter((value) => value !== null).length;
  const agreeing = values.filter((value) => value === true).length;
  return { compared, agreeing, rate: compared === 0 ? null : agreeing / compared };
}

const delegateId = (county: string, seat: number): string => demoAccountId(demoDelegateEmail(county, seat));

let staff: string;
let admin: string;
let db: Client;
const questionIds = {} as Record<QuestionKey, string>;
const districtOf = new Map<string, string>();
const voters: Array<{ token: string; id: string }> = [];
const receipts: Array<{ receipt: string; county: string }> = [];
const rollCalls = {} as Record<QuestionKey, string>;
/** Delegates' tokens by account id (every one on the bear roll call is also on the walleye one). */
const delegateTokens = new Map<string, string>();

/**
 * The events this test builds on, from a producer's outbox to a consumer's inbox: residencies
 * (identity → voting for online votes, → assemblies for check-ins) and seats and the
 * jurisdiction tree (assemblies → voting: the convention's electorate, districts).
 */
const EVENT_ROUTES: Array<{ producer: string; consumer: string; names: string[] }> = [
  { producer: 'identity', consumer: 'voting', names: ['identity.resident-verified', 'identity.residency-revoked'] },
  { producer: 'identity', consumer: 'assemblies', names: ['identity.resident-verified', 'identity.residency-revoked'] },
  { producer: 'assemblies', consumer: 'voting', names: ['assemblies.delegate-seat-changed', 'assemblies.jurisdiction-changed'] },
];

/**
 * Waits until every such event written so far has been applied. On a stack that has just
 * started, the demo's seed leaves about a thousand events to relay; on a busy machine that
 * backlog can take longer than any single step of the test should wait.
 */
async function eventsDelivered(timeoutMs: number): Promise<void> {
  await waitFor(
    async () => {
      for (const { producer, consumer, names } of EVENT_ROUTES) {
        const { rows } = await db.query<{ missing: number }>(
          `SELECT count(*)::int AS missing
             FROM "${producer}"."outbox_event" o
             LEFT JOIN "${consumer}"."inbox_event" i ON i."id" = o."id"
            WHERE o."name" = ANY($1) AND i."id" IS NULL`,
          [names],
        );
        if (rows[0]?.missing !== 0) return false;
      }
      return true;
    },
    { timeoutMs, intervalMs: 250 },
  );
}

async function cast(token: string, channel: 'ONLINE' | 'IN_ROOM', answers: Partial<Record<QuestionKey, Choice>>) {
  const input = {
    year: YEAR,
    channel,
    answers: Object.entries(answers).map(([key, choice]) => ({ questionId: questionIds[key as QuestionKey], choice })),
  };
  return gql<{ castBallot: { receipt: string; countyCode: string; channel: string; questionsAnswered: number } }>(Q.cast, { input }, { token });
}

async function results(): Promise<Record<QuestionKey, QuestionResult>> {
  const { questionResults } = await must<{ questionResults: QuestionResult[] }>(Q.results, { year: YEAR });
  const byId = (id: string): QuestionResult => {
    const found = questionResults.find((result) => result.question.id === id);
    if (!found) throw new Error(`no result for question ${id}`);
    return found;
  };
  expect(questionResults).toHaveLength(2);
  return { walleye: byId(questionIds.walleye), bear: byId(questionIds.bear) };
}

async function readRollCall(id: string): Promise<RollCallRead> {
  return (await must<{ rollCall: RollCallRead }>(Q.rollCall, { id })).rollCall;
}

beforeAll(async () => {
  [staff, admin] = await Promise.all([
    signIn(DEMO_ACCOUNTS.staff.email, DEMO_ACCOUNTS.staff.password).then((session) => session.accessToken),
    signIn(DEMO_ACCOUNTS.admin.email, DEMO_ACCOUNTS.admin.password).then((session) => session.accessToken),
  ]);
  db = new Client({ connectionString: stack().databaseUrl });
  await db.connect();
  await eventsDelivered(90_000);
}, 120_000);

afterAll(async () => {
  await db?.end();
});

describe('a questionnaire from open to close, with all three channels, then the convention', () => {
  it('opens the 2095 questionnaire on schedule and takes online and in-room ballots, one per person whatever the channel', async () => {
    const walleye = await must<{ addQuestionnaireQuestion: { id: string; position: number; choices: string[] } }>(
      Q.addQuestion,
      {
        input: {
          year: YEAR,
          source: 'AGENCY',
          text: 'Should the daily walleye bag limit be three statewide?',
          background: 'The agency proposes lowering it from five.',
        },
      },
      staff,
    );
    const bear = await must<{ addQuestionnaireQuestion: { id: string; position: number } }>(
      Q.addQuestion,
      { input: { year: YEAR, source: 'BOARD', text: 'Should the bear season open a week earlier?' } },
      staff,
    );
    expect(walleye.addQuestionnaireQuestion).toMatchObject({ position: 1, choices: ['yes', 'no', 'abstain'] });
    expect(bear.addQuestionnaireQuestion.position).toBe(2);
    questionIds.walleye = walleye.addQuestionnaireQuestion.id;
    questionIds.bear = bear.addQuestionnaireQuestion.id;

    for (const county of COUNTIES) {
      const { jurisdiction } = await must<{ jurisdiction: { parent: { code: string } } }>(Q.parent, { code: county });
      districtOf.set(county, jurisdiction.parent.code);
    }

    // Signed in beforehand: sign-in is identity's business. Each is an eligible voter of their county.
    const signedIn = await Promise.all(BALLOTS.map(({ county, n }) => signIn(demoResidentEmail(county, n), DEMO_ACCOUNTS.residentPassword)));
    for (const [index, { county, n }] of BALLOTS.entries()) {
      const token = (signedIn[index] as { accessToken: string }).accessToken;
      voters.push({ token, id: demoAccountId(demoResidentEmail(county, n)) });
      const { myEligibility } = await must<{ myEligibility: { status: string; jurisdiction: { code: string } } | null }>(Q.eligibility, {}, token);
      expect(myEligibility).toEqual({ status: 'ELIGIBLE', jurisdiction: { code: county } });
    }
    const [first] = voters;
    if (!first) throw new Error('no voters');

    // A draft is not open for voting.
    expect(codeOf((await cast(first.token, 'ONLINE', { walleye: 'yes' })).body)).toBe(ErrorCode.VOTING_CLOSED);

    // The window opens by a scheduled job, with no one at the keyboard.
    const opensAt = new Date(Date.now() + 1_500);
    const scheduled = await must<{ scheduleQuestionnaire: { status: string; opensAt: string } }>(
      Q.schedule,
      { input: { year: YEAR, opensAt: opensAt.toISOString(), closesAt: new Date(Date.now() + 3_600_000).toISOString() } },
      staff,
    );
    expect(scheduled.scheduleQuestionnaire).toMatchObject({ status: 'DRAFT', opensAt: opensAt.toISOString() });
    await waitFor(async () => (await must<{ questionnaire: { status: string } }>(Q.questionnaire, { year: YEAR })).questionnaire.status === 'OPEN', {
      timeoutMs: 30_000,
      intervalMs: 200,
    });

    // County meetings of 2095 where the in-room voters check in with a vote.
    const meetings = new Map<string, string>();
    for (const county of new Set(BALLOTS.filter((ballot) => ballot.channel === 'IN_ROOM').map((ballot) => ballot.county))) {
      meetings.set(county, await openCountyMeeting(county, YEAR, staff));
    }

    for (const [index, ballot] of BALLOTS.entries()) {
      const voter = voters[index] as { token: string; id: string };
      if (ballot.channel === 'ONLINE') {
        const { body } = await cast(voter.token, 'ONLINE', ballot.answers);
        expect(body.errors).toBeUndefined();
        expect(body.data?.castBallot).toMatchObject({ countyCode: ballot.county, channel: 'ONLINE', questionsAnswered: Object.keys(ballot.answers).length });
        receipts.push({ receipt: body.data?.castBallot.receipt ?? '', county: ballot.county });
        continue;
      }
      // A verified resident of the county (assemblies learned it from identity before the test began) gets a vote.
      const checkedIn = await must<{ checkIn: { withVote: boolean; reason: string } }>(
        Q.checkIn,
        { input: { meetingId: meetings.get(ballot.county), accountId: voter.id } },
        staff,
      );
      expect(checkedIn.checkIn).toEqual({ withVote: true, reason: 'VERIFIED_RESIDENT' });
      // Voting learns of the check-in from the assemblies.attendee-checked-in event; until then the room is closed to them.
      const response = await waitFor(
        async () => {
          const attempt = await cast(voter.token, 'IN_ROOM', ballot.answers);
          return codeOf(attempt.body) === ErrorCode.NOT_ELIGIBLE ? null : attempt;
        },
        { timeoutMs: 30_000, intervalMs: 250 },
      );
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data?.castBallot).toMatchObject({ countyCode: ballot.county, channel: 'IN_ROOM' });
      receipts.push({ receipt: response.body.data?.castBallot.receipt ?? '', county: ballot.county });
    }

    // One vote per person whatever the channel: an in-room voter tries again online, an online voter again online.
    const inRoomIndex = BALLOTS.findIndex((ballot) => ballot.channel === 'IN_ROOM');
    const inRoom = voters[inRoomIndex] as { token: string };
    expect(codeOf((await cast(inRoom.token, 'ONLINE', { walleye: 'yes', bear: 'yes' })).body)).toBe(ErrorCode.ALREADY_VOTED);
    expect(codeOf((await cast(first.token, 'ONLINE', { walleye: 'no' })).body)).toBe(ErrorCode.ALREADY_VOTED);
    // Checked in at another county's meeting: attends without a vote, so no vote in the room there.
    const visitor = await signIn(demoResidentEmail(DANE, 2), DEMO_ACCOUNTS.residentPassword);
    const visit = await must<{ checkIn: { withVote: boolean; reason: string } }>(
      Q.checkIn,
      { input: { meetingId: meetings.get(MILWAUKEE), accountId: demoAccountId(demoResidentEmail(DANE, 2)) } },
      staff,
    );
    expect(visit.checkIn).toEqual({ withVote: false, reason: 'RESIDENT_ELSEWHERE' });
    expect(codeOf((await cast(visitor.accessToken, 'IN_ROOM', { walleye: 'no' })).body)).toBe(ErrorCode.NOT_ELIGIBLE);

    expect(new Set(receipts.map((entry) => entry.receipt)).size).toBe(BALLOTS.length);
    // Live, while voting is open: published snapshots, and no county has the default 10 ballots
    // yet, so every county that voted shows "fewer than 10" and nothing is summed.
    const live = await results();
    for (const key of ['walleye', 'bear'] as const) {
      expect(live[key]).toMatchObject({ live: true, exact: false, publicationThreshold: 10, yes: 0, no: 0, abstain: 0, countiesCounted: 0, districts: [] });
      expect(live[key].counties.map((county) => [county.countyCode, county.yes, county.byChannel])).toEqual(
        expectedResult(key, { withPaper: false }, districtOf).counties.map((county) => [county.countyCode, null, []]),
      );
    }
  }, 120_000);

  it('counts paper totals only once a second staff member confirms them, closes on schedule, and publishes exact county results', async () => {
    const paperInput = (entry: (typeof PAPER)[number]) => ({
      year: YEAR,
      countyCode: entry.county,
      totals: (['walleye', 'bear'] as const).map((key) => ({ questionId: questionIds[key], ...entry.totals[key] })),
    });
    const token = (who: 'staff' | 'admin') => (who === 'staff' ? staff : admin);
    const other = (who: 'staff' | 'admin') => (who === 'staff' ? admin : staff);
    const [dane, rock] = PAPER as [(typeof PAPER)[number], (typeof PAPER)[number]];

    // At Dane's and Rock's meetings, while voting is open, staff hand paper ballots to walk-ins
    // (registered at the door, verified in person, checked in with a vote): as many papers as
    // the county's most-marked question counts, the most its confirmed totals may count.
    const papers = (entry: (typeof PAPER)[number]) => Math.max(...Object.values(entry.totals).map((counts) => counts.yes + counts.no + counts.abstain));
    for (const entry of PAPER) {
      const meetingId = await openCountyMeeting(entry.county, YEAR, staff);
      const handedOut = await handOutPaperBallots({ meetingId, countyCode: entry.county, year: YEAR, count: papers(entry), staffToken: staff });
      if (entry.county !== DANE) continue;
      // A walk-in holding a paper ballot tries to vote online as well: one vote per person.
      const withPaper = handedOut[0] as { accessToken: string };
      const onlineToo = await waitFor(
        async () => {
          const code = codeOf((await cast(withPaper.accessToken, 'ONLINE', { walleye: 'yes' })).body);
          return code === ErrorCode.NOT_ELIGIBLE ? null : code; // until voting hears of the residency
        },
        { timeoutMs: 30_000, intervalMs: 200 },
      );
      expect(onlineToo).toBe(ErrorCode.ALREADY_VOTED);
      // Dane's resident 1 voted online this morning: told so at the door, and no paper for them.
      const online = demoAccountId(demoResidentEmail(DANE, 1));
      await checkInWithVote(meetingId, online, staff);
      expect(await issuePaperBallot(YEAR, online, staff)).toEqual({ code: ErrorCode.ALREADY_VOTED, channel: 'online' });
    }

    // Dane's paper totals, while voting is open.
    const entered = await must<{ enterQuestionnairePaperTotals: { totals: Array<Counts & { confirmedBy: string | null }> } }>(
      Q.enterPaper,
      { input: paperInput(dane) },
      token(dane.enteredBy),
    );
    expect(entered.enterQuestionnairePaperTotals.totals).toEqual([
      { ...dane.totals.walleye, confirmedBy: null },
      { ...dane.totals.bear, confirmedBy: null },
    ]);
    const own = await gql(Q.confirmPaper, { input: { year: YEAR, countyCode: dane.county } }, { token: token(dane.enteredBy) });
    expect(codeOf(own.body)).toBe(ErrorCode.SECOND_CONFIRMER_REQUIRED);
    // Waiting totals do not count.
    expect((await results()).walleye).toMatchObject({ yes: 0, no: 0, abstain: 0, countiesCounted: 0 });
    const confirmed = await must<{ confirmQuestionnairePaperTotals: { totals: Array<{ confirmedBy: string | null }> } }>(
      Q.confirmPaper,
      { input: { year: YEAR, countyCode: dane.county } },
      other(dane.enteredBy),
    );
    expect(confirmed.confirmQuestionnairePaperTotals.totals.every((line) => line.confirmedBy !== null)).toBe(true);
    const withDane = await results();
    expect(withDane.walleye.counties.find((county) => county.countyCode === DANE)?.byChannel.find((channel) => channel.channel === 'PAPER')).toEqual({
      channel: 'PAPER',
      ...dane.totals.walleye,
    });
    // Dane's 11 paper ballots reach the threshold at once: the state shows them, and only them.
    expect(withDane.walleye).toMatchObject({ ...dane.totals.walleye, countiesCounted: 1 });

    // The window closes by a scheduled job too: moved to a moment from now.
    const closesAt = new Date(Date.now() + 1_500);
    await must(Q.schedule, { input: { year: YEAR, opensAt: new Date(Date.now() - 60_000).toISOString(), closesAt: closesAt.toISOString() } }, staff);
    await waitFor(async () => (await must<{ questionnaire: { status: string } }>(Q.questionnaire, { year: YEAR })).questionnaire.status === 'CLOSED', {
      timeoutMs: 30_000,
      intervalMs: 200,
    });
    const late = await signIn(demoResidentEmail(ROCK, 1), DEMO_ACCOUNTS.residentPassword);
    expect(codeOf((await cast(late.accessToken, 'ONLINE', { walleye: 'yes' })).body)).toBe(ErrorCode.VOTING_CLOSED);

    // Rock's paper totals arrive after the close, entered by the admin and confirmed by staff.
    await must(Q.enterPaper, { input: paperInput(rock) }, token(rock.enteredBy));
    expect(codeOf((await gql(Q.confirmPaper, { input: { year: YEAR, countyCode: rock.county } }, { token: token(rock.enteredBy) })).body)).toBe(
      ErrorCode.SECOND_CONFIRMER_REQUIRED,
    );
    await must(Q.confirmPaper, { input: { year: YEAR, countyCode: rock.county } }, other(rock.enteredBy));

    const expected = {
      walleye: expectedResult('walleye', { withPaper: true }, districtOf),
      bear: expectedResult('bear', { withPaper: true }, districtOf),
    };
    // Derived by hand from the ballots and paper above, so that the helper itself is checked once.
    expect(expected.walleye).toMatchObject({ yes: 11, no: 10, abstain: 1, passed: true, countiesInFavour: 1, countiesCounted: 4 });
    expect(expected.bear).toMatchObject({ yes: 9, no: 8, abstain: 3, passed: true, countiesInFavour: 2, countiesCounted: 4 });
    expect(expected.walleye.districts.find((district) => district.districtCode === districtOf.get(DANE))).toMatchObject({
      yes: 10,
      no: 7,
      abstain: 1,
      countiesCounted: 2,
      countiesInFavour: 1,
    });

    const closed = await results();
    expect(closed.walleye.live).toBe(true);
    expect(normalised(closed.walleye)).toEqual(expected.walleye);
    expect(normalised(closed.bear)).toEqual(expected.bear);

    // Certified: the same numbers, final.
    for (const key of ['walleye', 'bear'] as const) {
      const certified = await must<{ certifyQuestionResult: { live: boolean; passed: boolean; countiesInFavour: number } }>(
        Q.certify,
        { input: { questionId: questionIds[key] } },
        staff,
      );
      expect(certified.certifyQuestionResult).toEqual({ live: false, passed: expected[key].passed, countiesInFavour: expected[key].countiesInFavour });
    }
    const final = await results();
    expect(final.walleye.live).toBe(false);
    expect(normalised(final.walleye)).toEqual(expected.walleye);
    expect(normalised(final.bear)).toEqual(expected.bear);
    // Open data, one row per question and county: the same numbers.
    const { questionnaireResultRows: rows } = await must<{
      questionnaireResultRows: Array<Counts & { questionId: string; countyCode: string; live: boolean }>;
    }>(Q.resultRows, { year: YEAR });
    const expectedRows = (['walleye', 'bear'] as const).flatMap((key) =>
      expected[key].counties.map(({ countyCode, yes, no, abstain }) => ({ questionId: questionIds[key], countyCode, yes, no, abstain, live: false })),
    );
    const byKey = (row: { questionId: string; countyCode: string }) => `${row.questionId}:${row.countyCode}`;
    expect([...rows].sort((a, b) => byKey(a).localeCompare(byKey(b)))).toEqual(expectedRows.sort((a, b) => byKey(a).localeCompare(byKey(b))));
    expect((await must<{ certifyQuestionnaire: { status: string } }>(Q.certifyQuestionnaire, { year: YEAR }, staff)).certifyQuestionnaire.status).toBe(
      'CERTIFIED',
    );
  }, 120_000);

  it('lists every receipt on its county’s bulletin, and nothing else', async () => {
    for (const county of COUNTIES) {
      const { ballotBulletin } = await must<{ ballotBulletin: { receipts: string[]; hasNextPage: boolean } }>(Q.bulletin, { year: YEAR, county });
      const mine = receipts.filter((entry) => entry.county === county).map((entry) => entry.receipt);
      expect(ballotBulletin.hasNextPage).toBe(false);
      expect([...ballotBulletin.receipts].sort()).toEqual([...mine].sort());
    }
    for (const { receipt, county } of receipts) {
      const { verifyReceipt } = await must<{ verifyReceipt: { counted: boolean; countyCode: string | null } }>(Q.verify, { year: YEAR, receipt });
      expect(verifyReceipt).toEqual({ counted: true, countyCode: county });
    }
    const unknown = await must<{ verifyReceipt: { counted: boolean; countyCode: string | null } }>(Q.verify, { year: YEAR, receipt: 'AAAAAAAAAAAA' });
    expect(unknown.verifyReceipt).toEqual({ counted: false, countyCode: null });
  });

  it('holds the convention’s roll call on the walleye question: changed votes, a declared conflict, results by delegate and county, beside the public', async () => {
    await eventsDelivered(30_000);
    const { delegatesInOffice } = await must<{ delegatesInOffice: { totalCount: number } }>(Q.delegatesInOffice);
    const QUORUM = WALLEYE_ROLL_CALL.length;
    const opened = await must<{ openRollCall: { id: string; status: string; year: number; electorateSize: number; quorum: number } }>(
      Q.openRollCall,
      { input: { bodyCode: 'convention', title: 'Recommend the three-walleye daily bag limit to the board', questionId: questionIds.walleye, quorum: QUORUM } },
      staff,
    );
    expect(opened.openRollCall).toMatchObject({ status: 'OPEN', year: YEAR, quorum: QUORUM, electorateSize: delegatesInOffice.totalCount });
    const rollCallId = opened.openRollCall.id;
    rollCalls.walleye = rollCallId;

    const signedIn = await Promise.all(WALLEYE_ROLL_CALL.map(({ county, seat }) => signIn(demoDelegateEmail(county, seat), DEMO_ACCOUNTS.residentPassword)));
    for (const [index, { county, seat }] of WALLEYE_ROLL_CALL.entries())
      delegateTokens.set(delegateId(county, seat), (signedIn[index] as { accessToken: string }).accessToken);
    // Rounds: everyone's first action, then everyone's second, so changes come after other votes.
    const rounds = Math.max(...WALLEYE_ROLL_CALL.map((delegate) => delegate.actions.length));
    for (let round = 0; round < rounds; round += 1) {
      for (const { county, seat, actions } of WALLEYE_ROLL_CALL) {
        const action = actions[round];
        if (!action) continue;
        const token = delegateTokens.get(delegateId(county, seat));
        if ('vote' in action) {
          const cast = await must<{ castRollCallVote: { choice: string; conflict: boolean } }>(
            Q.rollCallVote,
            { input: { rollCallId, choice: action.vote } },
            token,
          );
          expect(cast.castRollCallVote).toEqual({ choice: action.vote, conflict: false });
        } else {
          const declared = await must<{ declareRollCallConflict: { choice: string | null; conflict: boolean; present: boolean } }>(
            Q.declareConflict,
            { input: { rollCallId, reason: action.conflict } },
            token,
          );
          expect(declared.declareRollCallConflict).toEqual({ choice: null, conflict: true, present: true });
          const refused = await gql(Q.rollCallVote, { input: { rollCallId, choice: 'NO' } }, { token });
          expect(codeOf(refused.body)).toBe(ErrorCode.CONFLICT_OF_INTEREST_DECLARED);
        }
      }
    }
    // A resident is not in the convention's electorate.
    const resident = voters[0] as { token: string };
    expect(codeOf((await gql(Q.rollCallVote, { input: { rollCallId, choice: 'YES' } }, { token: resident.token })).body)).toBe(ErrorCode.NOT_ELIGIBLE);

    const closed = await must<{ closeRollCall: { status: string; outcome: string; passed: boolean } }>(
      Q.closeRollCall,
      { id: rollCallId, requireQuorum: true },
      staff,
    );
    // Final choices: the last vote of each, nothing after a conflict.
    const finalChoice = new Map(
      WALLEYE_ROLL_CALL.map(({ county, seat, actions }) => {
        const last = actions.at(-1) as DelegateAction;
        return [delegateId(county, seat), 'vote' in last ? last.vote : null] as const;
      }),
    );
    const conflicted = new Map(
      WALLEYE_ROLL_CALL.flatMap(({ county, seat, actions }) =>
        actions.flatMap((action) => ('conflict' in action ? [[delegateId(county, seat), action.conflict] as const] : [])),
      ),
    );
    const tallyOf = (choice: string) => [...finalChoice.values()].filter((value) => value === choice).length;
    const [yes, no, abstain] = [tallyOf('YES'), tallyOf('NO'), tallyOf('ABSTAIN')];
    expect([yes, no, abstain, conflicted.size]).toEqual([4, 3, 2, 1]);
    const passed = yes / (yes + no) > 1 / 2;
    expect(closed.closeRollCall).toEqual({ status: 'CLOSED', outcome: passed ? 'PASSED' : 'FAILED', passed });
    expect(codeOf((await gql(Q.rollCallVote, { input: { rollCallId, choice: 'NO' } }, { token: delegateTokens.get(delegateId(DANE, 3)) })).body)).toBe(
      ErrorCode.VOTING_CLOSED,
    );

    const rollCall = await readRollCall(rollCallId);
    expect(rollCall).toMatchObject({
      status: 'CLOSED',
      outcome: 'PASSED',
      passed: true,
      yes,
      no,
      abstain,
      conflicts: 1,
      present: WALLEYE_ROLL_CALL.length,
      quorum: QUORUM,
      quorumMet: true,
      year: YEAR,
      question: { id: questionIds.walleye },
      threshold: { kind: 'MAJORITY', numerator: 1, denominator: 2, strict: true },
    });
    expect(rollCall.votes).toHaveLength(rollCall.electorateSize);
    // By delegate: each named vote as cast last, the conflict with its public reason, everyone else absent.
    for (const vote of rollCall.votes) {
      expect(vote).toMatchObject({
        choice: finalChoice.get(vote.account.id) ?? null,
        conflict: conflicted.has(vote.account.id),
        conflictReason: conflicted.get(vote.account.id) ?? null,
        present: finalChoice.has(vote.account.id),
      });
    }
    // By county: the demo seats five delegates in each county.
    for (const county of COUNTIES) {
      const delegates = WALLEYE_ROLL_CALL.filter((delegate) => delegate.county === county).map(({ seat }) => delegateId(county, seat));
      const count = (choice: string) => delegates.filter((id) => finalChoice.get(id) === choice).length;
      const conflicts = delegates.filter((id) => conflicted.has(id)).length;
      expect(rollCall.counties.find((row) => row.countyCode === county)).toEqual({
        countyCode: county,
        members: DEMO_ACCOUNTS.delegatesPerCounty,
        yes: count('YES'),
        no: count('NO'),
        abstain: count('ABSTAIN'),
        conflicts,
        absent: DEMO_ACCOUNTS.delegatesPerCounty - delegates.length,
      });
    }
    const others = rollCall.counties.filter((row) => !COUNTIES.includes(row.countyCode));
    expect(others.every((row) => row.yes + row.no + row.abstain + row.conflicts === 0 && row.absent === row.members)).toBe(true);
    expect(rollCall.counties.reduce((sum, row) => sum + row.members, 0)).toBe(rollCall.electorateSize);

    // Representation: each delegate beside their county's certified public result on the same question.
    const publicByCounty = new Map(expectedResult('walleye', { withPaper: true }, districtOf).counties.map((county) => [county.countyCode, county]));
    const { rollCallRepresentation: representation } = await must<{
      rollCallRepresentation: { publicResultCertified: boolean; question: { id: string }; delegates: DelegateRepresentation[]; agreement: Agreement };
    }>(Q.representation, { id: rollCallId });
    expect(representation.publicResultCertified).toBe(true);
    expect(representation.question.id).toBe(questionIds.walleye);
    expect(representation.delegates).toHaveLength(rollCall.electorateSize);
    const expectedAgreements: Array<boolean | null> = [];
    for (const { county, seat } of WALLEYE_ROLL_CALL) {
      const id = delegateId(county, seat);
      const counts = publicByCounty.get(county) ?? zero();
      const majority = majorityOf(counts);
      const choice = finalChoice.get(id) ?? null;
      const agrees = majority === null || (choice !== 'YES' && choice !== 'NO') ? null : choice === majority;
      expectedAgreements.push(agrees);
      expect(representation.delegates.find((delegate) => delegate.account.id === id)).toEqual({
        account: { id },
        countyCode: county,
        choice,
        conflict: conflicted.has(id),
        countyYes: counts.yes,
        countyNo: counts.no,
        countyAbstain: counts.abstain,
        countyMajority: majority,
        agrees,
      });
    }
    // Dane YES: 2 agree, 1 against; Milwaukee NO: 1 agrees, 1 against; Brown tied; Rock NO: 1 agrees.
    expect(agreementOf(expectedAgreements)).toEqual({ compared: 6, agreeing: 4, rate: 4 / 6 });
    expect(representation.agreement.compared).toBe(6);
    expect(representation.agreement.agreeing).toBe(4);
    expect(representation.agreement.rate).toBeCloseTo(4 / 6, 10);
    // Delegates who did not vote have nothing to compare.
    const silent = representation.delegates.filter((delegate) => !finalChoice.has(delegate.account.id));
    expect(silent.every((delegate) => delegate.choice === null && delegate.agrees === null)).toBe(true);
  }, 120_000);

  it('closes a roll call without quorum as NO_QUORUM, and rates the convention’s agreement with the public over the year', async () => {
    const opened = await must<{ openRollCall: { id: string; quorum: number; electorateSize: number } }>(
      Q.openRollCall,
      { input: { bodyCode: 'convention', title: 'Recommend an earlier bear season', questionId: questionIds.bear } },
      staff,
    );
    const rollCallId = opened.openRollCall.id;
    rollCalls.bear = rollCallId;
    // Default quorum: a majority of the electorate.
    expect(opened.openRollCall.quorum).toBe(Math.floor(opened.openRollCall.electorateSize / 2) + 1);
    for (const { county, seat, vote } of BEAR_ROLL_CALL)
      await must(Q.rollCallVote, { input: { rollCallId, choice: vote } }, delegateTokens.get(delegateId(county, seat)));
    const refused = await gql(Q.closeRollCall, { id: rollCallId, requireQuorum: true }, { token: staff });
    expect(codeOf(refused.body)).toBe(ErrorCode.QUORUM_NOT_MET);
    expect((await readRollCall(rollCallId)).status).toBe('OPEN');
    const closed = await must<{ closeRollCall: { status: string; outcome: string; passed: boolean } }>(
      Q.closeRollCall,
      { id: rollCallId, requireQuorum: false },
      staff,
    );
    expect(closed.closeRollCall).toEqual({ status: 'CLOSED', outcome: 'NO_QUORUM', passed: false });
    const read = await readRollCall(rollCallId);
    expect(read).toMatchObject({ yes: BEAR_ROLL_CALL.length, no: 0, abstain: 0, conflicts: 0, present: BEAR_ROLL_CALL.length, quorumMet: false });

    // The bear question's public: Dane NO (3–7), Milwaukee YES (1–0). Dane's delegate disagrees, Milwaukee's agrees.
    const bearPublic = new Map(expectedResult('bear', { withPaper: true }, districtOf).counties.map((county) => [county.countyCode, county]));
    const bearAgreements = BEAR_ROLL_CALL.map(({ county, vote }) => {
      const majority = majorityOf(bearPublic.get(county) ?? zero());
      return majority === null ? null : vote === majority;
    });
    expect(bearAgreements).toEqual([false, true]);
    const bearRepresentation = await must<{ rollCallRepresentation: { agreement: Agreement } }>(Q.representation, { id: rollCallId });
    expect(bearRepresentation.rollCallRepresentation.agreement).toEqual(agreementOf(bearAgreements));

    // The convention over 2095: both closed roll calls on questionnaire questions, 4 of 6 and 1 of 2.
    const { bodyRepresentation } = await must<{
      bodyRepresentation: {
        agreement: Agreement;
        rollCalls: Array<{ rollCallId: string; questionId: string; publicResultCertified: boolean; agreement: Agreement }>;
        members: Array<{ account: { id: string }; countyCode: string | null; agreement: Agreement }>;
      };
    }>(Q.bodyRepresentation, { year: YEAR });
    expect(bodyRepresentation.agreement.compared).toBe(8);
    expect(bodyRepresentation.agreement.agreeing).toBe(5);
    expect(bodyRepresentation.agreement.rate).toBeCloseTo(5 / 8, 10);
    expect(
      bodyRepresentation.rollCalls
        .map(({ rollCallId: id, questionId, publicResultCertified, agreement }) => ({
          id,
          questionId,
          publicResultCertified,
          compared: agreement.compared,
          agreeing: agreement.agreeing,
        }))
        .sort((a, b) => a.questionId.localeCompare(b.questionId)),
    ).toEqual(
      [
        { id: rollCalls.walleye, questionId: questionIds.walleye, publicResultCertified: true, compared: 6, agreeing: 4 },
        { id: rollCalls.bear, questionId: questionIds.bear, publicResultCertified: true, compared: 2, agreeing: 1 },
      ].sort((a, b) => a.questionId.localeCompare(b.questionId)),
    );
    const memberAgreement = (county: string, seat: number) =>
      bodyRepresentation.members.find((member) => member.account.id === delegateId(county, seat))?.agreement;
    // Dane 1: YES with Dane on walleye, YES against Dane on bear. Milwaukee 1: NO and YES, both with Milwaukee.
    expect(memberAgreement(DANE, 1)).toEqual({ compared: 2, agreeing: 1, rate: 0.5 });
    expect(memberAgreement(MILWAUKEE, 1)).toEqual({ compared: 2, agreeing: 2, rate: 1 });
    // Dane 3 voted NO against Dane's YES on walleye only.
    expect(memberAgreement(DANE, 3)).toEqual({ compared: 1, agreeing: 0, rate: 0 });
    // Brown's county tied on walleye: nothing to compare for its delegate.
    expect(memberAgreement(BROWN, 1)).toEqual({ compared: 0, agreeing: 0, rate: null });
  }, 120_000);
});

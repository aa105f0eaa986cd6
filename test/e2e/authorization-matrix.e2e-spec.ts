import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { DEMO_ACCOUNTS, demoAccountId, demoDelegateEmail, demoResidentEmail, ErrorCode } from '@civic/contracts';
import { codeOf, gql, signIn } from '../support';

/**
 * Who may call each mutation, proved through the gateway for every mutation of the public
 * schema and eight callers: anonymous, a resident, a delegate, a county clerk (of Dane),
 * agency staff, a board member, an observer and an admin (the demo accounts of each role).
 * The matrix below is each mutation's documented audience (its description says it too); a
 * mutation added to the schema without an entry fails the first test.
 *
 * - anyone: public; signed-in: every account (the use case may refuse more, e.g. only the
 *   author); staff: agency staff and admins; county: agency staff, admins and the county's
 *   clerks; admin: admins only.
 *
 * Every refusal the matrix expects is checked for every caller; a refused call changes
 * nothing, whatever its arguments (generated from the schema). Allowed callers are checked
 * to pass the guard where a generated call cannot change data (county and admin mutations
 * with arguments that name nothing); the functional suites prove the rest. A clerk of
 * another county is refused on real data at the end.
 */
type Audience = 'anyone' | 'signed-in' | 'staff' | 'county' | 'admin';

const MATRIX: Record<string, Audience> = {
  // identity
  register: 'anyone',
  signIn: 'anyone',
  refreshSession: 'anyone',
  signOut: 'anyone',
  verifyEmail: 'anyone',
  requestEmailVerification: 'signed-in',
  requestPasswordReset: 'anyone',
  resetPassword: 'anyone',
  verifyResidency: 'county',
  revokeResidency: 'county',
  importVoterRoll: 'staff',
  issueVoterCode: 'county',
  claimVoterCode: 'signed-in',
  grantRole: 'admin',
  revokeRole: 'admin',
  // assemblies: configuration and seats
  addJurisdiction: 'staff',
  updateJurisdiction: 'staff',
  removeJurisdiction: 'staff',
  renameTier: 'staff',
  updateSeatPlan: 'staff',
  updateCalendar: 'staff',
  resignSeat: 'signed-in',
  removeDelegate: 'staff',
  appointDelegate: 'signed-in',
  extendTerms: 'staff',
  updateTermLimit: 'staff',
  // assemblies: county meetings, elections, bodies
  createCountyMeeting: 'county',
  updateCountyMeeting: 'county',
  openCountyMeeting: 'county',
  closeCountyMeeting: 'county',
  checkIn: 'county',
  createDelegateElection: 'county',
  createBodyElection: 'staff',
  nominateSelf: 'signed-in',
  withdrawCandidacy: 'signed-in',
  openElectionVoting: 'county',
  closeElectionVoting: 'county',
  castElectionBallot: 'signed-in',
  enterPaperTotals: 'county',
  confirmPaperTotals: 'county',
  issueElectionPaperBallot: 'county',
  certifyElection: 'county',
  createCommittee: 'staff',
  assignBodyMember: 'staff',
  endBodyMembership: 'staff',
  scheduleBodyMeeting: 'staff',
  recordBodyAttendance: 'staff',
  publishBodyMinutes: 'staff',
  approveBodyMinutes: 'staff',
  openBodyMotion: 'staff',
  closeBodyMotion: 'staff',
  castBodyVote: 'signed-in',
  declareConflictOfInterest: 'signed-in',
  // resolutions
  submitResolution: 'signed-in',
  editResolution: 'signed-in',
  transitionResolution: 'signed-in',
  bulkTransitionResolutions: 'staff',
  mergeResolutions: 'signed-in',
  commentOnResolution: 'signed-in',
  hideResolutionComment: 'staff',
  fileImplementationReport: 'staff',
  configureResolutionCycle: 'staff',
  publishResolutionPipeline: 'staff',
  rollOverResolutionCycle: 'staff',
  // voting
  addQuestionnaireQuestion: 'staff',
  setResultsPublicationThreshold: 'staff',
  scheduleQuestionnaire: 'staff',
  openQuestionnaire: 'staff',
  closeQuestionnaire: 'staff',
  certifyQuestionnaire: 'staff',
  castBallot: 'signed-in',
  issuePaperBallot: 'county',
  enterQuestionnairePaperTotals: 'county',
  confirmQuestionnairePaperTotals: 'county',
  certifyCountyResolutionVote: 'staff',
  certifyQuestionResult: 'staff',
  requestRecount: 'staff',
  openRollCall: 'staff',
  castRollCallVote: 'signed-in',
  declareRollCallConflict: 'signed-in',
  closeRollCall: 'staff',
  scheduleRollCall: 'staff',
  scheduleRollCallClose: 'staff',
  cancelScheduledRollCall: 'staff',
};

const schema = buildSchema(readFileSync(path.join(__dirname, '..', '..', 'apps', 'gateway', 'supergraph.graphql'), 'utf8'), { assumeValidSDL: true });
const mutations = Object.values(schema.getMutationType()?.getFields() ?? {});

/** A value the type accepts: enough for the request to reach the access guard. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type) && field.defaultValue === undefined)
        .map((field) => [field.name, sample(field.type)]),
    );
  }
  switch (type.name) {
    case 'Int':
    case 'Float':
      return 2027;
    case 'Boolean':
      return false;
    case 'ID':
      return '00000000-0000-4000-8000-000000000000';
    case 'DateTime':
      return new Date().toISOString();
    default:
      return 'x';
  }
}

/** The mutation with its required arguments as variables, selecting as little as the type allows. */
function operation(field: GraphQLField<unknown, unknown>): { query: string; variables: Record<string, unknown> } {
  const required = field.args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);
  const declarations = required.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const call = required.length > 0 ? `${field.name}(${required.map((arg) => `${arg.name}: $${arg.name}`).join(', ')})` : field.name;
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return {
    query: `mutation${declarations ? ` (${declarations})` : ''} { ${call}${selection} }`,
    variables: Object.fromEntries(required.map((arg) => [arg.name, sample(arg.type)])),
  };
}

type Caller = 'anonymous' | 'resident' | 'delegate' | 'clerk' | 'staff' | 'board' | 'observer' | 'admin';

/** Who each audience refuses, and with what. */
function expectedRefusal(audience: Audience, caller: Caller): string | undefined {
  if (audience === 'anyone') return undefined;
  if (caller === 'anonymous') return ErrorCode.UNAUTHENTICATED;
  switch (audience) {
    case 'signed-in':
      return undefined;
    case 'staff':
      return caller === 'staff' || caller === 'admin' ? undefined : ErrorCode.FORBIDDEN;
    case 'county':
      return caller === 'staff' || caller === 'admin' || caller === 'clerk' ? undefined : ErrorCode.FORBIDDEN;
    case 'admin':
      return caller === 'admin' ? undefined : ErrorCode.FORBIDDEN;
  }
}

describe('the authorization matrix', () => {
  const tokens: Partial<Record<Caller, string>> = {};
  const as = async (caller: Caller, field: GraphQLField<unknown, unknown>) => {
    const { query, variables } = operation(field);
    const token = tokens[caller];
    return codeOf((await gql(query, variables, token ? { token } : {})).body);
  };

  beforeAll(async () => {
    const token = async (email: string, password: string) => (await signIn(email, password)).accessToken;
    tokens.resident = await token(demoResidentEmail('55025', 1), DEMO_ACCOUNTS.residentPassword);
    tokens.delegate = await token(demoDelegateEmail('55079', 1), DEMO_ACCOUNTS.residentPassword);
    tokens.clerk = await token(DEMO_ACCOUNTS.clerk.email, DEMO_ACCOUNTS.clerk.password);
    tokens.staff = await token(DEMO_ACCOUNTS.staff.email, DEMO_ACCOUNTS.staff.password);
    tokens.board = await token(DEMO_ACCOUNTS.board.email, DEMO_ACCOUNTS.board.password);
    tokens.observer = await token(DEMO_ACCOUNTS.observer.email, DEMO_ACCOUNTS.observer.password);
    tokens.admin = await token(DEMO_ACCOUNTS.admin.email, DEMO_ACCOUNTS.admin.password);
  });

  it('has an entry for every mutation of the schema, and none for a mutation that is gone', () => {
    expect(mutations.map((field) => field.name).sort()).toEqual(Object.keys(MATRIX).sort());
  });

  it.each<Caller>(['anonymous', 'resident', 'delegate', 'clerk', 'staff', 'board', 'observer', 'admin'])(
    'refuses %s every mutation outside their audience, with the right code',
    async (caller) => {
      const wrong: Record<string, string | undefined> = {};
      for (const field of mutations) {
        const expected = expectedRefusal(MATRIX[field.name] ?? 'admin', caller);
        if (!expected) continue;
        const code = await as(caller, field);
        if (code !== expected) wrong[field.name] = code;
      }
      expect(wrong).toEqual({});
    },
  );

  it('lets staff, admins and clerks through the guard of county mutations, and admins through that of admin mutations', async () => {
    const wrong: Record<string, string | undefined> = {};
    for (const field of mutations) {
      const audience = MATRIX[field.name];
      const allowed: Caller[] = audience === 'county' ? ['staff', 'admin', 'clerk'] : audience === 'admin' ? ['admin'] : [];
      for (const caller of allowed) {
        const code = await as(caller, field);
        // A clerk may still be FORBIDDEN by the use case once it finds the county is not theirs.
        if (code === ErrorCode.UNAUTHENTICATED || (code === ErrorCode.FORBIDDEN && caller !== 'clerk')) wrong[`${field.name} as ${caller}`] = code;
      }
    }
    expect(wrong).toEqual({});
  });

  it('lets an observer read the staff views a resident may not (accounts, the resolution queue, eligibility, paper totals)', async () => {
    const views = [
      { query: '{ accounts(first: 1) { totalCount } }', variables: {} },
      { query: '{ resolutionQueue { total } }', variables: {} },
      { query: 'query ($id: ID!) { voterEligibility(accountId: $id) { status } }', variables: { id: demoAccountId(demoResidentEmail('55025', 2)) } },
      { query: '{ questionnairePaperTotals(year: 2027, countyCode: "55079") { paperBallotsIssued } }', variables: {} },
    ];
    for (const view of views) {
      const asObserver = await gql(view.query, view.variables, { token: tokens.observer ?? '' });
      expect({ view: view.query, errors: asObserver.body.errors }).toEqual({ view: view.query, errors: undefined });
      expect({ view: view.query, code: codeOf((await gql(view.query, view.variables, { token: tokens.resident ?? '' })).body) }).toEqual({
        view: view.query,
        code: ErrorCode.FORBIDDEN,
      });
    }
  });

  it('refuses a clerk of another county on real data: Dane’s clerk in Milwaukee (FORBIDDEN), and nothing changes', async () => {
    const milwaukee = '55079';
    const clerk = { token: tokens.clerk ?? '' };
    const verify = await gql(
      `mutation ($input: VerifyResidencyInput!) { verifyResidency(input: $input) { id } }`,
      { input: { accountId: demoAccountId(demoResidentEmail(milwaukee, 2)), jurisdictionCode: milwaukee, method: 'STAFF_IN_PERSON' } },
      clerk,
    );
    expect(codeOf(verify.body)).toBe(ErrorCode.FORBIDDEN);
    const paper = await gql(
      `mutation ($input: EnterQuestionnairePaperTotalsInput!) { enterQuestionnairePaperTotals(input: $input) { countyCode } }`,
      { input: { year: 2027, countyCode: milwaukee, totals: [{ questionId: '00000000-0000-4000-8000-000000000000', yes: 1, no: 0, abstain: 0 }] } },
      clerk,
    );
    expect(codeOf(paper.body)).toBe(ErrorCode.FORBIDDEN);
    const meeting = await gql(
      `mutation ($input: CreateCountyMeetingInput!) { createCountyMeeting(input: $input) { id } }`,
      { input: { jurisdictionCode: milwaukee, year: 2093, place: 'Courthouse', startsAt: '2093-04-09T23:00:00Z', endsAt: '2093-04-10T02:00:00Z' } },
      clerk,
    );
    expect(codeOf(meeting.body)).toBe(ErrorCode.FORBIDDEN);
  });
});

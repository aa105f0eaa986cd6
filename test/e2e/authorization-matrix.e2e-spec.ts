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
import { DEMO_ACCOUNTS, demoResidentEmail, ErrorCode } from '@civic/contracts';
import { codeOf, gql, signIn } from '../support';

/**
 * Who may call each mutation, proved through the gateway for every mutation of the public
 * schema: anonymous callers are UNAUTHENTICATED everywhere but the public ones, a resident
 * is FORBIDDEN from every staff mutation, county mutations (clerks of the county, staff, admins)
 * and admin mutations; staff pass the guard of county mutations, admins that of admin ones. The matrix below is the documented
 * audience (each mutation's description says it too); a mutation added to the schema without
 * an entry here fails the first test. Arguments are generated from the schema: the guard
 * decides before any of them is read, so nothing is changed.
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
  createCountyMeeting: 'staff',
  updateCountyMeeting: 'staff',
  openCountyMeeting: 'staff',
  closeCountyMeeting: 'staff',
  checkIn: 'staff',
  createDelegateElection: 'staff',
  createBodyElection: 'staff',
  nominateSelf: 'signed-in',
  withdrawCandidacy: 'signed-in',
  openElectionVoting: 'staff',
  closeElectionVoting: 'staff',
  castElectionBallot: 'signed-in',
  enterPaperTotals: 'staff',
  confirmPaperTotals: 'staff',
  issueElectionPaperBallot: 'staff',
  certifyElection: 'staff',
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
  issuePaperBallot: 'staff',
  enterQuestionnairePaperTotals: 'staff',
  confirmQuestionnairePaperTotals: 'staff',
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

describe('the authorization matrix', () => {
  let resident: string;

  beforeAll(async () => {
    resident = (await signIn(demoResidentEmail('55025', 1), DEMO_ACCOUNTS.residentPassword)).accessToken;
  });

  it('has an entry for every mutation of the schema, and none for a mutation that is gone', () => {
    expect(mutations.map((field) => field.name).sort()).toEqual(Object.keys(MATRIX).sort());
  });

  it('refuses anonymous callers every mutation but the public ones (UNAUTHENTICATED)', async () => {
    const outcomes: Record<string, string | undefined> = {};
    for (const field of mutations.filter((candidate) => MATRIX[candidate.name] !== 'anyone')) {
      const { query, variables } = operation(field);
      outcomes[field.name] = codeOf((await gql(query, variables)).body);
    }
    expect(Object.entries(outcomes).filter(([, code]) => code !== ErrorCode.UNAUTHENTICATED)).toEqual([]);
  });

  it('refuses a resident every staff, county and admin mutation (FORBIDDEN)', async () => {
    const outcomes: Record<string, string | undefined> = {};
    for (const field of mutations.filter((candidate) => ['staff', 'county', 'admin'].includes(MATRIX[candidate.name] ?? ''))) {
      const { query, variables } = operation(field);
      outcomes[field.name] = codeOf((await gql(query, variables, { token: resident })).body);
    }
    expect(Object.entries(outcomes).filter(([, code]) => code !== ErrorCode.FORBIDDEN)).toEqual([]);
  });

  it('lets staff through the guard of county mutations; admin mutations refuse staff and let admins through', async () => {
    const staff = (await signIn(DEMO_ACCOUNTS.staff.email, DEMO_ACCOUNTS.staff.password)).accessToken;
    const admin = (await signIn(DEMO_ACCOUNTS.admin.email, DEMO_ACCOUNTS.admin.password)).accessToken;
    const outcomes: Record<string, string | undefined> = {};
    const refused: string[] = [ErrorCode.UNAUTHENTICATED, ErrorCode.FORBIDDEN];
    for (const field of mutations) {
      const audience = MATRIX[field.name];
      if (audience !== 'county' && audience !== 'admin') continue;
      const { query, variables } = operation(field);
      const asStaff = codeOf((await gql(query, variables, { token: staff })).body);
      if (audience === 'admin' && asStaff !== ErrorCode.FORBIDDEN) outcomes[`${field.name} as staff`] = asStaff;
      if (audience === 'county' && refused.includes(asStaff ?? '')) outcomes[`${field.name} as staff`] = asStaff;
      if (audience === 'admin') {
        const asAdmin = codeOf((await gql(query, variables, { token: admin })).body);
        if (refused.includes(asAdmin ?? '')) outcomes[`${field.name} as admin`] = asAdmin;
      }
    }
    expect(outcomes).toEqual({});
  });
});

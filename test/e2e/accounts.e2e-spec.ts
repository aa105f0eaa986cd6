import { randomUUID } from 'node:crypto';
import { DEMO_ACCOUNTS, demoVoterId, ErrorCode } from '@civic/contracts';
import { codeOf, gql, must, signIn, waitFor, waitForMail, waitForToken } from '../support';
import { checkInWithVote, issuePaperBallot, openCountyMeeting } from '../support/county-meetings';

/**
 * Accounts people can trust, through the gateway against the whole stack: a newcomer
 * registers, reads the verification mail the worker sent to the embedded SMTP catcher,
 * verifies the email, claims the voter code demo staff issued for an unclaimed roll entry,
 * becomes eligible in voting (through identity's outbox event) and votes online on the
 * demo's open questionnaire, then is refused a paper ballot at Dane's meeting. Dane County's roll
 * entry WI-55025-N1 and Dane's 2027 county meeting are this file's.
 */
const COUNTY = '55025';
const DEMO_YEAR = 2027;
/** Used only when the demo has no open questionnaire. */
const OWN_YEAR = 2093;
const PASSWORD = 'a newcomer passphrase';

const REGISTER = `mutation ($input: RegisterInput!) { register(input: $input) { accessToken account { id emailVerifiedAt residency { status } } } }`;
const ISSUE_AGAIN = `mutation ($voterId: String!) { issueVoterCode(input: { voterId: $voterId }) { code } }`;
const ME = `{ me { id emailVerifiedAt residency { status method jurisdiction { code } } } }`;

async function openQuestionnaire(staff: string): Promise<{ year: number; questionIds: string[] }> {
  const { questionnaire } = await must<{ questionnaire: { status: string; questions: Array<{ id: string; countyCode: string | null }> } | null }>(
    `query ($year: Int!, $county: String!) { questionnaire(year: $year) { status questions(countyCode: $county) { id countyCode } } }`,
    { year: DEMO_YEAR, county: COUNTY },
    staff,
  );
  if (questionnaire?.status === 'OPEN') {
    return { year: DEMO_YEAR, questionIds: questionnaire.questions.filter((question) => question.countyCode === null).map((question) => question.id) };
  }
  const added = await must<{ addQuestionnaireQuestion: { id: string } }>(
    `mutation ($input: AddQuestionnaireQuestionInput!) { addQuestionnaireQuestion(input: $input) { id } }`,
    { input: { year: OWN_YEAR, source: 'AGENCY', text: 'Should newcomers be able to vote online?' } },
    staff,
  );
  await must(`mutation ($year: Int!) { openQuestionnaire(year: $year) { status } }`, { year: OWN_YEAR }, staff);
  return { year: OWN_YEAR, questionIds: [added.addQuestionnaireQuestion.id] };
}

describe('a newcomer, from registration to an online ballot', () => {
  it('registers, verifies the mailed code, claims a voter code and votes once', async () => {
    const email = `newcomer-${randomUUID()}@example.test`;
    const { register } = await must<{
      register: { accessToken: string; account: { id: string; emailVerifiedAt: string | null; residency: { status: string } } };
    }>(REGISTER, { input: { email, displayName: 'Nora Newcomer', password: PASSWORD, jurisdictionCode: COUNTY } });
    expect(register.account).toMatchObject({ emailVerifiedAt: null, residency: { status: 'UNVERIFIED' } });
    const resident = register.accessToken;

    // Staff print the letter: a voter code for Dane County's unclaimed roll entry.
    const staff = (await signIn(DEMO_ACCOUNTS.staff.email, DEMO_ACCOUNTS.staff.password)).accessToken;
    const voterId = demoVoterId(COUNTY, 'new', 1);
    const { issueVoterCode } = await must<{ issueVoterCode: { code: string; jurisdictionCode: string } }>(
      `mutation ($voterId: String!) { issueVoterCode(input: { voterId: $voterId }) { code jurisdictionCode } }`,
      { voterId },
      staff,
    );
    expect(issueVoterCode.jurisdictionCode).toBe(COUNTY);
    const CLAIM = `mutation ($voterId: String!, $code: String!) { claimVoterCode(input: { voterId: $voterId, code: $code }) { id residency { status method } } }`;

    // Until the email is verified, the code cannot be claimed.
    expect(codeOf((await gql(CLAIM, { voterId, code: issueVoterCode.code }, { token: resident })).body)).toBe(ErrorCode.EMAIL_NOT_VERIFIED);

    // The verification mail, sent by the worker through SMTP, read from the embedded catcher.
    const mail = await waitForMail(email);
    expect(mail.subject).toBe('Confirm your email address for Civic Congress');
    expect(mail.text).toContain('Hello Nora Newcomer,');
    const token = await waitForToken(email);
    expect(await must<{ verifyEmail: boolean }>(`mutation ($token: String!) { verifyEmail(token: $token) }`, { token })).toEqual({ verifyEmail: true });

    const claimed = await must<{ claimVoterCode: { residency: { status: string; method: string } } }>(CLAIM, { voterId, code: issueVoterCode.code }, resident);
    expect(claimed.claimVoterCode.residency).toEqual({ status: 'VERIFIED', method: 'VOTER_ROLL' });
    const { me } = await must<{ me: { emailVerifiedAt: string | null; residency: { jurisdiction: { code: string } } } }>(ME, {}, resident);
    expect(me.emailVerifiedAt).not.toBeNull();
    expect(me.residency.jurisdiction.code).toBe(COUNTY);

    // Voting learns of the new resident from identity's event, then takes one online ballot.
    await waitFor(async () => {
      const { body } = await gql<{ myEligibility: { status: string } | null }>(`{ myEligibility { status } }`, {}, { token: resident });
      return body.data?.myEligibility?.status === 'ELIGIBLE';
    });
    const { year, questionIds } = await openQuestionnaire(staff);
    expect(questionIds.length).toBeGreaterThan(0);
    const CAST = `mutation ($input: CastBallotInput!) { castBallot(input: $input) { receipt countyCode channel } }`;
    const input = { year, channel: 'ONLINE', answers: questionIds.map((questionId) => ({ questionId, choice: 'yes' })) };
    const { castBallot } = await must<{ castBallot: { receipt: string; countyCode: string; channel: string } }>(CAST, { input }, resident);
    expect(castBallot).toMatchObject({ countyCode: COUNTY, channel: 'ONLINE' });
    expect(codeOf((await gql(CAST, { input }, { token: resident })).body)).toBe(ErrorCode.ALREADY_VOTED);

    // That evening at Dane's county meeting, the county's clerk checks them in and is told at
    // the door that they already voted online: no paper ballot.
    const clerk = (await signIn(DEMO_ACCOUNTS.clerk.email, DEMO_ACCOUNTS.clerk.password)).accessToken;
    const meetingId = await openCountyMeeting(COUNTY, year, clerk);
    await checkInWithVote(meetingId, register.account.id, clerk);
    expect(await issuePaperBallot(year, register.account.id, clerk)).toEqual({ code: ErrorCode.ALREADY_VOTED, channel: 'online' });

    // The roll entry now backs this account: staff cannot hand it to anyone else.
    expect(codeOf((await gql(ISSUE_AGAIN, { voterId }, { token: staff })).body)).toBe(ErrorCode.ALREADY_CLAIMED);
  });

  it('resets a forgotten password by mail, ending the old sessions', async () => {
    const email = `forgetful-${randomUUID()}@example.test`;
    await must(REGISTER, { input: { email, displayName: 'Fay Forgetful', password: PASSWORD } });
    const session = await signIn(email, PASSWORD);
    expect(await must(`mutation ($email: String!) { requestPasswordReset(email: $email) }`, { email })).toEqual({ requestPasswordReset: true });
    const token = await waitForToken(email, { match: (mail) => mail.subject === 'Reset your Civic Congress password' });
    const newPassword = 'a remembered passphrase';
    await must(`mutation ($input: ResetPasswordInput!) { resetPassword(input: $input) }`, { input: { token, newPassword } });
    const refreshed = await gql(`mutation ($token: String!) { refreshSession(refreshToken: $token) { accessToken } }`, { token: session.refreshToken });
    expect(codeOf(refreshed.body)).toBe(ErrorCode.UNAUTHENTICATED);
    expect((await signIn(email, newPassword)).accessToken).toBeTruthy();
    await waitForMail(email, { match: (mail) => mail.subject === 'Your Civic Congress password was changed' });
  });
});

import { randomUUID } from 'node:crypto';
import { ErrorCode } from '@civic/contracts';
import { codeOf, gql, must, waitFor } from './index';

/**
 * A county meeting's door, through the gateway: walk-ins register, staff verify their
 * residency in person and check them in with a vote, then hand each a paper ballot once the
 * voting service has heard of the check-in. Paper totals a county may confirm are bounded by
 * the papers handed out, so every test that confirms paper totals goes through this door.
 */

const WALK_IN_PASSWORD = 'walk-in-passphrase-2095';

/** Creates and opens the county's meeting of the year; returns its id. */
export async function openCountyMeeting(countyCode: string, year: number, staffToken: string): Promise<string> {
  const { createCountyMeeting } = await must<{ createCountyMeeting: { id: string } }>(
    `mutation ($input: CreateCountyMeetingInput!) { createCountyMeeting(input: $input) { id } }`,
    { input: { jurisdictionCode: countyCode, year, place: 'County courthouse', startsAt: `${year}-04-09T23:00:00Z`, endsAt: `${year}-04-10T02:00:00Z` } },
    staffToken,
  );
  await must(`mutation ($id: ID!) { openCountyMeeting(meetingId: $id) { status } }`, { id: createCountyMeeting.id }, staffToken);
  return createCountyMeeting.id;
}

/** A new person who registers at the door and whom staff verify in person as a resident of the county. */
export async function walkIn(countyCode: string, staffToken: string): Promise<{ id: string; accessToken: string }> {
  const { register } = await must<{ register: { accessToken: string; account: { id: string } } }>(
    `mutation ($input: RegisterInput!) { register(input: $input) { accessToken account { id } } }`,
    { input: { email: `walk-in-${randomUUID()}@e2e.civic.test`, displayName: `Walk-in of ${countyCode}`, password: WALK_IN_PASSWORD } },
  );
  await must(
    `mutation ($input: VerifyResidencyInput!) { verifyResidency(input: $input) { id } }`,
    { input: { accountId: register.account.id, jurisdictionCode: countyCode, method: 'STAFF_IN_PERSON' } },
    staffToken,
  );
  return { id: register.account.id, accessToken: register.accessToken };
}

/** Checks the person in with a vote, once assemblies knows them as a verified resident (a retried check-in upgrades). */
export async function checkInWithVote(meetingId: string, accountId: string, staffToken: string): Promise<void> {
  await waitFor(
    async () => {
      const { checkIn } = await must<{ checkIn: { withVote: boolean } }>(
        `mutation ($input: CheckInInput!) { checkIn(input: $input) { withVote } }`,
        { input: { meetingId, accountId } },
        staffToken,
      );
      return checkIn.withVote;
    },
    { timeoutMs: 30_000, intervalMs: 200 },
  );
}

/** Hands the person a paper ballot, once voting has heard of the check-in; returns the refusal's code if refused otherwise. */
export async function issuePaperBallot(year: number, accountId: string, staffToken: string): Promise<{ code?: string; channel?: unknown }> {
  return waitFor(
    async () => {
      const { body } = await gql(
        `mutation ($input: IssuePaperBallotInput!) { issuePaperBallot(input: $input) { paperBallotsIssued } }`,
        {
          input: { year, accountId },
        },
        { token: staffToken },
      );
      const code = codeOf(body);
      // Until the check-in event arrives, voting does not know them as an attendee.
      if (code === ErrorCode.NOT_ELIGIBLE) return null;
      return code ? { code, channel: body.errors?.[0]?.extensions?.['channel'] } : {};
    },
    { timeoutMs: 30_000, intervalMs: 200 },
  );
}

/** `count` walk-ins at the meeting, each handed a paper ballot for the year's questionnaire (which must be open). */
export async function handOutPaperBallots(options: {
  meetingId: string;
  countyCode: string;
  year: number;
  count: number;
  staffToken: string;
}): Promise<Array<{ id: string; accessToken: string }>> {
  const people: Array<{ id: string; accessToken: string }> = [];
  for (let n = 0; n < options.count; n += 1) {
    const person = await walkIn(options.countyCode, options.staffToken);
    await checkInWithVote(options.meetingId, person.id, options.staffToken);
    const refused = await issuePaperBallot(options.year, person.id, options.staffToken);
    if (refused.code) throw new Error(`no paper ballot for a walk-in of ${options.countyCode}: ${refused.code}`);
    people.push(person);
  }
  return people;
}

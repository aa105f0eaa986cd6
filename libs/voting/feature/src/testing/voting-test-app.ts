import { randomUUID } from 'node:crypto';
import { BullModule } from '@nestjs/bullmq';
import type { ConnectionOptions } from 'bullmq';
import { redisOptions } from '@civic/platform';
import { envelope, startSubgraphTestApp, type SubgraphTestApp } from '@civic/testing';
import { votingDataSourceOptions } from '@civic/voting-data-access';
import { VotingFeatureModule } from '../lib/voting-feature.module';

/** Support for the voting integration specs (not exported from the library). */

export type VotingTestApp = SubgraphTestApp;
export { envelope };

/** Boots the voting subgraph in-process (see startSubgraphTestApp). */
export function startVotingTestApp(): Promise<VotingTestApp> {
  return startSubgraphTestApp({
    service: 'voting',
    dataSource: votingDataSourceOptions,
    // The recount producer's queue (and the schedule's) need BullMQ's connection options.
    imports: ({ redisUrl }) => [BullModule.forRoot({ connection: redisOptions(redisUrl, 'worker') as ConnectionOptions }), VotingFeatureModule],
  });
}

/** A verified resident of the county, as identity would announce one, with a token. */
export async function residentOf(testApp: VotingTestApp, countyCode: string): Promise<{ id: string; token: string }> {
  const id = randomUUID();
  const at = new Date().toISOString();
  await testApp.deliver(envelope('identity.resident-verified', { accountId: id, jurisdictionCode: countyCode, method: 'staff-in-person', verifiedAt: at }));
  return { id, token: await testApp.issuer.sign({ accountId: id, roles: ['resident'] }) };
}

const ISSUE_PAPER_BALLOT = `mutation ($input: IssuePaperBallotInput!) { issuePaperBallot(input: $input) { paperBallotsIssued } }`;

/**
 * `count` people checked in with a vote at the county's meeting of the year (straight into
 * the attendees read model, as assemblies' check-in events leave it), each handed a paper
 * ballot by staff through issuePaperBallot: the papers a county's paper totals may count.
 * Returns the attendees' account ids.
 */
export async function issuePaperBallots(
  testApp: VotingTestApp,
  options: { year: number; countyCode: string; count: number; staffToken: string },
): Promise<string[]> {
  const ids = Array.from({ length: options.count }, () => randomUUID());
  await testApp.dataSource.query(
    `INSERT INTO voting.meeting_attendee (meeting_id, account_id, year, county_code, with_vote, checked_in_at)
     SELECT $2, id, $3, $4, true, now() FROM unnest($1::uuid[]) AS id`,
    [ids, randomUUID(), options.year, options.countyCode],
  );
  for (const accountId of ids) {
    const result = await testApp.gql(ISSUE_PAPER_BALLOT, { input: { year: options.year, accountId } }, { token: options.staffToken });
    if (result.errors) throw new Error(`issuePaperBallot refused: ${JSON.stringify(result.errors)}`);
  }
  return ids;
}

/**
 * For tests about counting rather than issuing: the county's meeting handed out `count`
 * more paper ballots on the year's questionnaire (the counter issuePaperBallot keeps, without
 * the people), so that confirmed paper totals up to that many are accepted.
 */
export async function paperBallotsHandedOut(testApp: VotingTestApp, year: number, countyCode: string, count: number): Promise<void> {
  await testApp.dataSource.query(
    `INSERT INTO voting.paper_ballot_issue AS issue (questionnaire_id, county_code, issued)
     SELECT id, $2, $3 FROM voting.questionnaire WHERE year = $1
     ON CONFLICT (questionnaire_id, county_code) DO UPDATE SET issued = issue.issued + EXCLUDED.issued`,
    [year, countyCode, count],
  );
}

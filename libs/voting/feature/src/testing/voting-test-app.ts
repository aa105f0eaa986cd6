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

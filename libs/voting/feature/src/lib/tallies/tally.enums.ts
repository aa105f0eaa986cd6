import { registerEnumType } from '@nestjs/graphql';
import type { VotingChannel as VotingChannelValue } from '@civic/voting-domain';

/** GraphQL names for the domain's values; the values themselves are the domain's strings. */
export enum VotingChannel {
  PAPER = 'paper',
  IN_ROOM = 'in-room',
  ONLINE = 'online',
}

registerEnumType(VotingChannel, {
  name: 'VotingChannel',
  description: 'How votes reached the count: paper totals per county, electronic votes in the room, or online ballots.',
});

// Compile-time guard: the GraphQL enum covers exactly the domain's values.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const _channelsMatch: Same<`${VotingChannel}`, VotingChannelValue> = true;

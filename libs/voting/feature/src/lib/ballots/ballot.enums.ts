import { registerEnumType } from '@nestjs/graphql';
import type { BallotChannel as BallotChannelValue } from '@civic/voting-domain';

export enum BallotChannel {
  ONLINE = 'online',
  IN_ROOM = 'in-room',
}

registerEnumType(BallotChannel, {
  name: 'BallotChannel',
  description: 'How a ballot is cast: ONLINE by a verified resident, or IN_ROOM by someone checked in with a vote at their county’s meeting.',
});

// Compile-time guard: the GraphQL enum covers exactly the domain's values.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const _channelsMatch: Same<`${BallotChannel}`, BallotChannelValue> = true;

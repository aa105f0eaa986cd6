import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';

/**
 * A staff member's request for a congress-wide destructive operation waiting for a second
 * staff member (the two-person rule). Each service that guards operations lists its own, so
 * the type is shared across the federation.
 */
@ObjectType('PendingConfirmation', { description: 'A request waiting for a second staff member, who confirms it by sending the same request.' })
@Directive('@shareable')
export class PendingConfirmationType {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The mutation asked for, e.g. extendTerms.' })
  operation!: string;

  @Field(() => ID, { description: 'The account that asked; the confirmation must come from another.' })
  requestedBy!: string;

  @Field({ description: 'When they last asked (asking again renews the request).' })
  requestedAt!: Date;

  @Field({ description: 'After this the request can no longer be confirmed.' })
  expiresAt!: Date;
}

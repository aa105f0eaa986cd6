import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@civic/platform';
import { BodyKindValue, BodyMembershipBasis, BodyMembershipEndReason, BodyOfficeValue } from './body.enums';

@ObjectType('Body', { description: 'A body of the congress: a county delegation, the council, the Executive Committee or a committee.' })
export class BodyType {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Stable code, e.g. "district-leadership-council", "delegation-55025", "committee-bear-committee".' })
  code!: string;

  @Field(() => BodyKindValue)
  kind!: BodyKindValue;

  @Field()
  name!: string;

  /** Resolved into `jurisdiction` (the county of a delegation). */
  jurisdictionId!: string | null;
}

@ObjectType()
export class BodyConnection extends ConnectionType(BodyType, 'Body') {}

@ObjectType('BodyMembership', { description: 'A person’s membership of a body, with an office or none, and its term.' })
export class BodyMembershipType {
  @Field(() => ID, { description: 'The membership id; for a county delegation, the id of the member’s seat tenure.' })
  id!: string;

  @Field()
  displayName!: string;

  @Field(() => BodyOfficeValue, { nullable: true })
  office!: BodyOfficeValue | null;

  @Field(() => String, { nullable: true, description: 'The county the member represents, when a delegate.' })
  countyCode!: string | null;

  @Field(() => String, { nullable: true })
  districtCode!: string | null;

  @Field({ description: 'YYYY-MM-DD' })
  termStart!: string;

  @Field({ description: 'YYYY-MM-DD: the term ends on this day.' })
  termEnd!: string;

  @Field(() => BodyMembershipBasis)
  basis!: BodyMembershipBasis;

  @Field(() => Date, { nullable: true, description: 'When the membership ended early or lapsed; null while it runs.' })
  endedAt!: Date | null;

  @Field(() => BodyMembershipEndReason, { nullable: true })
  endReason!: BodyMembershipEndReason | null;

  /** Resolved into `account` and `body`. */
  accountId!: string;
  bodyId!: string;
}

@ObjectType()
export class BodyMembershipConnection extends ConnectionType(BodyMembershipType, 'BodyMembership') {}

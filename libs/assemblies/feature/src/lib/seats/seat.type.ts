import { Directive, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@civic/platform';
import { TenureEndReason, TenureStartKind } from './seat.enums';

/** An account owned by the identity subgraph, referenced by id. */
@ObjectType('Account')
@Directive('@key(fields: "id", resolvable: false)')
export class AccountStub {
  @Field(() => ID)
  id!: string;
}

@ObjectType('Tenure', { description: 'One person’s time in a seat.' })
export class TenureType {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The name when the tenure began.' })
  displayName!: string;

  @Field({ description: 'YYYY-MM-DD: the meeting, appointment or extension that began the tenure.' })
  termStart!: string;

  @Field({ description: 'YYYY-MM-DD: the county meeting at which the term ends.' })
  termEnd!: string;

  @Field(() => TenureStartKind)
  startKind!: TenureStartKind;

  @Field(() => String, { nullable: true })
  startReason!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the tenure ended early; null while in office.' })
  endedAt!: Date | null;

  @Field(() => TenureEndReason, { nullable: true })
  endReason!: TenureEndReason | null;

  @Field(() => String, { nullable: true })
  endNote!: string | null;

  /** Resolved into `account`, `seat` and `jurisdiction`. */
  accountId!: string;
  seatId!: string;
}

@ObjectType()
export class TenureConnection extends ConnectionType(TenureType, 'Tenure') {}

@ObjectType('Seat', { description: 'A seat of a jurisdiction and its current holder.' })
export class SeatType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  number!: number;

  @Field({ description: 'The seat class (term length and cycle): see congressConfiguration.seatClasses.' })
  classCode!: string;

  jurisdictionId!: string;
}

@ObjectType({ description: 'How many seats exist and how many are held.' })
export class SeatCountsType {
  @Field(() => Int)
  seats!: number;

  @Field(() => Int)
  filled!: number;

  @Field(() => Int)
  vacant!: number;
}

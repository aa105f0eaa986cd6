import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { RollCallEntity, RollCallScheduleEntity, RollCallScheduleStatus as RollCallScheduleStatusValue } from '@civic/voting-data-access';

export enum RollCallScheduleStatus {
  WAITING = 'waiting',
  OPENED = 'opened',
  CLOSED = 'closed',
  FAILED = 'failed',
  MISSED = 'missed',
  CANCELLED = 'cancelled',
}

registerEnumType(RollCallScheduleStatus, {
  name: 'RollCallScheduleStatus',
  description: "Where a roll call's schedule stands.",
  valuesMap: {
    WAITING: { description: 'Waiting for its opening time.' },
    OPENED: { description: 'Its roll call is open (it closes by itself at closesAt, if set).' },
    CLOSED: { description: 'Its roll call closed (on time, or earlier by hand).' },
    FAILED: { description: 'It could not open at its time (see failure): e.g. the body had no members then.' },
    MISSED: { description: 'Its whole window passed before it could open (the service was down): it was not opened, so nobody is recorded absent.' },
    CANCELLED: { description: 'Staff cancelled it before it opened.' },
  },
});

// Compile-time guard: the GraphQL enum covers exactly the stored values.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const _statusesMatch: Same<`${RollCallScheduleStatus}`, RollCallScheduleStatusValue> = true;

@ObjectType('RollCallSchedule', { description: "A roll call's scheduled opening and/or closing. Public, like the roll calls themselves." })
export class RollCallScheduleType {
  @Field(() => ID)
  id!: string;

  @Field(() => RollCallScheduleStatus)
  status!: RollCallScheduleStatus;

  @Field({ description: "'convention' or the body's code." })
  bodyCode!: string;

  @Field({ description: 'The motion, as it will be read to the members.' })
  title!: string;

  @Field(() => ID, { nullable: true })
  questionId!: string | null;

  @Field(() => ID, { nullable: true })
  resolutionId!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it opens (null: opened by hand, with a closing time).' })
  opensAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it closes by itself (null: staff close it).' })
  closesAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it did not open (FAILED, MISSED).' })
  failure!: string | null;

  @Field(() => ID, { nullable: true, description: 'The roll call, once open (see `rollCall`).' })
  rollCallId!: string | null;

  @Field(() => GraphQLISODateTime)
  scheduledAt!: Date;
}

/** A closing-only schedule has no motion of its own: it shows its roll call's. */
export function toRollCallScheduleType(schedule: RollCallScheduleEntity, rollCall: RollCallEntity | null = null): RollCallScheduleType {
  const motion = schedule.motion;
  return {
    id: schedule.id,
    status: schedule.status as RollCallScheduleStatus,
    bodyCode: motion?.bodyCode ?? rollCall?.bodyCode ?? '',
    title: motion?.title ?? rollCall?.title ?? '',
    questionId: motion?.questionId ?? rollCall?.questionId ?? null,
    resolutionId: motion?.resolutionId ?? rollCall?.resolutionId ?? null,
    opensAt: schedule.opensAt,
    closesAt: schedule.closesAt,
    failure: schedule.failure,
    rollCallId: schedule.rollCallId,
    scheduledAt: schedule.scheduledAt,
  };
}

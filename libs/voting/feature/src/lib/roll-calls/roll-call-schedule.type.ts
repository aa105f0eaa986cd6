import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import type { RollCallEntity, RollCallScheduleEntity } from '@civic/voting-data-access';
import { RollCallScheduleStatus } from './roll-call-schedule.enums';

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

import { Field, InputType, Int } from '@nestjs/graphql';
import type { Weekday } from '@civic/assemblies-domain';
import { WeekdayEnum } from './configuration.enums';

@InputType()
export class SeatClassInput {
  @Field()
  code!: string;

  @Field(() => Int)
  termYears!: number;

  @Field(() => Int)
  anchorYear!: number;
}

@InputType()
export class TierSeatPlanInput {
  @Field(() => Int)
  tierLevel!: number;

  @Field(() => [String], { description: 'One class code per seat: the length is the number of seats per jurisdiction.' })
  seatClassCodes!: string[];
}

@InputType({ description: 'Replaces the seat classes and the seat plan of every tier.' })
export class UpdateSeatPlanInput {
  @Field(() => [SeatClassInput])
  seatClasses!: SeatClassInput[];

  @Field(() => [TierSeatPlanInput])
  seatPlans!: TierSeatPlanInput[];

  @Field({ description: 'Why the change is made; recorded in the history.' })
  reason!: string;
}

@InputType()
export class UpdateTermLimitInput {
  @Field(() => Int, { nullable: true, description: 'Null removes the limit.' })
  maxConsecutiveTerms?: number | null;

  @Field()
  reason!: string;
}

@InputType()
export class DateRuleInput {
  @Field(() => Int, { description: '1–4, or -1 for the last.' })
  nth!: number;

  @Field(() => WeekdayEnum)
  weekday!: Weekday;

  @Field(() => Int)
  month!: number;
}

@InputType({ description: 'Either rule (every year) or year and date (once).' })
export class MeetingOverrideInput {
  @Field()
  jurisdictionCode!: string;

  @Field(() => DateRuleInput, { nullable: true })
  rule?: DateRuleInput | null;

  @Field(() => Int, { nullable: true })
  year?: number | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  date?: string | null;
}

@InputType({ description: 'Replaces the annual calendar, county overrides included.' })
export class UpdateCalendarInput {
  @Field(() => DateRuleInput)
  countyMeeting!: DateRuleInput;

  @Field(() => DateRuleInput)
  convention!: DateRuleInput;

  @Field(() => [MeetingOverrideInput], { defaultValue: [] })
  overrides!: MeetingOverrideInput[];

  @Field()
  reason!: string;
}

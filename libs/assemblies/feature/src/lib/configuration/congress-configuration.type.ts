import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@civic/platform';
import { WeekdayEnum } from './configuration.enums';
import type { Weekday } from '@civic/assemblies-domain';

@ObjectType({ description: 'A class of seats: how long a term lasts and in which years its seats are up.' })
export class SeatClassType {
  @Field({ description: 'Short code, e.g. "A".' })
  code!: string;

  @Field(() => Int)
  termYears!: number;

  @Field(() => Int, { description: 'A year in which seats of this class are up; the cycle repeats every termYears.' })
  anchorYear!: number;
}

@ObjectType({ description: 'The seats of every jurisdiction of one tier: seat n has class seatClassCodes[n-1].' })
export class TierSeatPlanType {
  @Field(() => Int)
  tierLevel!: number;

  @Field(() => Int)
  seatsPerJurisdiction!: number;

  @Field(() => [String])
  seatClassCodes!: string[];
}

@ObjectType()
export class TermLimitType {
  @Field(() => Int, { description: 'Most consecutive elected terms in one jurisdiction (appointments and extensions do not count).' })
  maxConsecutiveTerms!: number;
}

@ObjectType({ description: 'A date rule such as "second Monday of April".' })
export class DateRuleType {
  @Field(() => Int, { description: '1–4, or -1 for the last.' })
  nth!: number;

  @Field(() => WeekdayEnum)
  weekday!: Weekday;

  @Field(() => Int, { description: '1–12.' })
  month!: number;

  @Field({ description: 'The rule in words.' })
  description!: string;
}

@ObjectType({ description: 'A county that meets on another day: by its own rule every year, or on a fixed date one year.' })
export class MeetingOverrideType {
  @Field()
  jurisdictionCode!: string;

  @Field(() => DateRuleType, { nullable: true })
  rule!: DateRuleType | null;

  @Field(() => Int, { nullable: true })
  year!: number | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  date!: string | null;
}

@ObjectType()
export class CongressCalendarType {
  @Field(() => DateRuleType)
  countyMeeting!: DateRuleType;

  @Field(() => DateRuleType)
  convention!: DateRuleType;

  @Field(() => [MeetingOverrideType])
  overrides!: MeetingOverrideType[];
}

@ObjectType({ description: 'The congress configuration that staff edit; every change is recorded in configurationHistory.' })
export class CongressConfigurationType {
  @Field(() => Int, { description: '0 while the shipped default has never been stored.' })
  version!: number;

  @Field(() => [SeatClassType])
  seatClasses!: SeatClassType[];

  @Field(() => [TierSeatPlanType])
  seatPlans!: TierSeatPlanType[];

  @Field(() => TermLimitType, { nullable: true, description: 'Null when there is no term limit.' })
  termLimit!: TermLimitType | null;

  @Field(() => CongressCalendarType)
  calendar!: CongressCalendarType;

  @Field(() => Date, { nullable: true })
  updatedAt!: Date | null;
}

@ObjectType({ description: 'One value changed by a configuration change; before and after are JSON.' })
export class ConfigurationFieldChangeType {
  @Field()
  path!: string;

  @Field({ description: 'JSON of the value before (null when it did not exist).' })
  before!: string;

  @Field({ description: 'JSON of the value after.' })
  after!: string;
}

@ObjectType({ description: 'A recorded change of the configuration.' })
export class ConfigurationChangeType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field({ description: 'seatPlan, termLimit, calendar, tiers (tier names) or jurisdictions (the tree).' })
  section!: string;

  @Field(() => Date)
  changedAt!: Date;

  @Field(() => ID, { description: 'The account of the staff member who made the change.' })
  changedBy!: string;

  @Field()
  reason!: string;

  @Field(() => [ConfigurationFieldChangeType])
  changes!: ConfigurationFieldChangeType[];
}

@ObjectType()
export class ConfigurationChangeConnection extends ConnectionType(ConfigurationChangeType, 'ConfigurationChange') {}

@ObjectType({ description: 'The dates of one year of the congress calendar.' })
export class AnnualCalendarType {
  @Field(() => Int)
  year!: number;

  @Field({ description: 'The congress-wide county meeting date (YYYY-MM-DD); some counties may meet on another day.' })
  countyMeetingDate!: string;

  @Field({ description: 'The convention date (YYYY-MM-DD).' })
  conventionDate!: string;

  @Field({ description: 'False when that year’s elections were cancelled by a term extension.' })
  electionsHeld!: boolean;
}

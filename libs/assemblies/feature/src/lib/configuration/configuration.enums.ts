import { registerEnumType } from '@nestjs/graphql';
import { WEEKDAYS } from '@civic/assemblies-domain';

/** GraphQL enum of ISO weekdays; values are the domain's own strings. */
export const WeekdayEnum = Object.fromEntries(WEEKDAYS.map((day) => [day, day])) as { [K in (typeof WEEKDAYS)[number]]: K };
registerEnumType(WeekdayEnum, { name: 'Weekday' });

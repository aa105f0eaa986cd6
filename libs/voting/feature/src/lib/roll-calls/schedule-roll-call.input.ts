import { Field, GraphQLISODateTime, InputType } from '@nestjs/graphql';
import { OpenRollCallInput } from './roll-call.input';

@InputType({ description: 'A roll call to open later: the same motion as openRollCall, with its opening time (and, optionally, its closing time).' })
export class ScheduleRollCallInput extends OpenRollCallInput {
  @Field(() => GraphQLISODateTime, { description: "When it opens (in the future). Its electorate is the body's members then." })
  opensAt!: Date;
}

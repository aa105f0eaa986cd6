import { ArgsType, Field, Int } from '@nestjs/graphql';
import { PageArgs } from '@civic/platform';

@ArgsType()
export class CountyMeetingsArgs extends PageArgs {
  @Field(() => Int, { description: 'The congress year.' })
  year!: number;

  @Field(() => String, { nullable: true, description: 'Only the meeting of this county.' })
  jurisdictionCode?: string;

  @Field(() => String, { nullable: true, description: 'Only the meetings of the counties of this district (its parent code).' })
  districtCode?: string;
}

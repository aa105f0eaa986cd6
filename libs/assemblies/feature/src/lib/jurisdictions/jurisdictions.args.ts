import { ArgsType, Field, Int } from '@nestjs/graphql';
import { PageArgs } from '@civic/platform';

@ArgsType()
export class JurisdictionsArgs extends PageArgs {
  @Field(() => Int, { nullable: true, description: 'Only this tier (e.g. 2 for counties).' })
  tierLevel?: number;

  @Field(() => String, { nullable: true, description: 'Only the children of this jurisdiction.' })
  parentCode?: string;
}

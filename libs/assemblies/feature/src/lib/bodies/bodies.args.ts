import { ArgsType, Field } from '@nestjs/graphql';
import { PageArgs } from '@civic/platform';
import { BodyKindValue } from './body.enums';

@ArgsType()
export class BodiesArgs extends PageArgs {
  @Field(() => BodyKindValue, { nullable: true })
  kind?: BodyKindValue | null;

  @Field(() => String, { nullable: true, description: 'Only the bodies of this jurisdiction (a county’s delegation).' })
  jurisdictionCode?: string | null;
}

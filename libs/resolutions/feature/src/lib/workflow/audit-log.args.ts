import { ArgsType, Field, ID } from '@nestjs/graphql';
import { PageArgs } from '@civic/platform';

@ArgsType()
export class ResolutionAuditLogArgs extends PageArgs {
  @Field(() => ID)
  resolutionId!: string;
}

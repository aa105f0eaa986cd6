import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ResolutionType } from '../resolutions';

@ObjectType('BulkTransitionItem', { description: 'What happened to one resolution of a bulk transition.' })
export class BulkTransitionItemType {
  @Field(() => ID)
  resolutionId!: string;

  @Field()
  ok!: boolean;

  @Field(() => String, { nullable: true, description: 'The error code when refused (the same codes as transitionResolution).' })
  errorCode!: string | null;

  @Field(() => String, { nullable: true })
  message!: string | null;

  @Field(() => ResolutionType, { nullable: true, description: 'The resolution after the transition, when it was taken.' })
  resolution!: ResolutionType | null;
}

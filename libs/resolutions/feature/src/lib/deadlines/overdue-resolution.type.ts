import { ArgsType, Field, ObjectType } from '@nestjs/graphql';
import { ConnectionType, PageArgs } from '@civic/platform';
import { ResolutionType } from '../resolutions';

@ObjectType('OverdueResolution', { description: 'A missed deadline, on the public record: which resolution, who did not act, and by when.' })
export class OverdueResolutionType {
  @Field(() => ResolutionType)
  resolution!: ResolutionType;

  @Field({ description: 'When the platform flagged it.' })
  flaggedAt!: Date;

  @Field({ description: 'The public reason, e.g. "The Big Game Committee did not decide by 2027-03-01."' })
  reason!: string;

  @Field({ description: 'The stage whose deadline was missed.' })
  missedStage!: string;

  @Field(() => Date, { nullable: true, description: 'The deadline that was missed.' })
  missedDeadlineAt!: Date | null;

  @Field({ description: 'True while the resolution is still flagged in that stage; false once it moved on (by rule or by decision).' })
  stillOverdue!: boolean;
}

export const OverdueResolutionConnection = ConnectionType(OverdueResolutionType, 'OverdueResolution');

@ArgsType()
export class OverdueResolutionsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only resolutions now in this stage.' })
  stage?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only resolutions still flagged (default false: the whole record).' })
  currentOnly?: boolean | null;
}

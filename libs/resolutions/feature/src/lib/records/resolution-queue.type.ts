import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { ResolutionFilter } from '@civic/resolutions-data-access';

@ObjectType('ResolutionStageCount')
export class ResolutionStageCountType {
  @Field()
  stage!: string;

  @Field()
  stageName!: string;

  @Field(() => Int)
  count!: number;

  @Field(() => Int, { description: 'How many of them are flagged for a missed deadline.' })
  flagged!: number;
}

@ObjectType('ResolutionCommitteeCount')
export class ResolutionCommitteeCountType {
  @Field()
  committeeCode!: string;

  @Field(() => Int, { description: "How many await the committee's decision." })
  count!: number;

  @Field(() => Int, { description: 'How many of them are past their decision deadline.' })
  overdue!: number;
}

@ObjectType('ResolutionQueue', { description: "The staff console's queue: the filtered resolutions by stage and by committee, and the list itself." })
export class ResolutionQueueType {
  @Field(() => Int)
  total!: number;

  @Field(() => [ResolutionStageCountType])
  byStage!: ResolutionStageCountType[];

  @Field(() => [ResolutionCommitteeCountType], { description: "Resolutions on a committee's desk (a stage with a committee-decision deadline)." })
  byCommittee!: ResolutionCommitteeCountType[];

  /** The queue's filter, for `items` (not in the schema). */
  filter!: ResolutionFilter;
}

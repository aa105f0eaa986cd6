import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'How many people checked in at a meeting. Public; the names are not.' })
export class AttendanceCounts {
  @Field(() => Int)
  total!: number;

  @Field(() => Int, { description: 'Verified residents of the county, who may vote.' })
  withVote!: number;

  @Field(() => Int, { description: 'Everyone else: residents of other counties, unverified people, walk-ins.' })
  withoutVote!: number;
}

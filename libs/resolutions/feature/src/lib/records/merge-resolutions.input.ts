import { Field, ID, InputType } from '@nestjs/graphql';
import { ResolutionKindValue } from '../resolutions';
import { RecordedVoteInput } from '../workflow';

@InputType({ description: 'The resolution a merge creates.' })
export class MergedResolutionInput {
  @Field()
  title!: string;

  @Field({ description: "The merged text (within the cycle's character limit)." })
  text!: string;

  @Field()
  topic!: string;

  @Field(() => ResolutionKindValue)
  kind!: ResolutionKindValue;

  @Field({ description: 'The county it is recorded under (FIPS code).' })
  countyCode!: string;
}

/** A transition's vote counts, under the input name the merge mutation has always published. */
@InputType('MergeVoteInput', { description: "The merging body's recorded vote." })
export class MergeVoteInput extends RecordedVoteInput {}

@InputType({ description: 'Merges similar resolutions into an existing one (targetId) or into a new one (newResolution): give exactly one.' })
export class MergeResolutionsInput {
  @Field(() => [ID], { description: 'The originals: they move to the stage "merged" and point to the result.' })
  sourceIds!: string[];

  @Field(() => ID, { nullable: true, description: 'An existing resolution that receives the originals.' })
  targetId?: string | null;

  @Field(() => MergedResolutionInput, {
    nullable: true,
    description:
      'A new resolution to create from the originals. The originals must share their stage, cycle year, pipeline version and committee; it starts there.',
  })
  newResolution?: MergedResolutionInput | null;

  @Field({ description: 'Why they are merged (published with every original).' })
  reason!: string;

  @Field(() => MergeVoteInput, { nullable: true })
  vote?: MergeVoteInput | null;
}

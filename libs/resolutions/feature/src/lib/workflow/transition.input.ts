import { Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';

@InputType('RecordedVoteInput', { description: 'The recorded vote of the deciding body.' })
export class RecordedVoteInput {
  @Field(() => Int)
  yes!: number;

  @Field(() => Int)
  no!: number;

  @Field(() => Int)
  abstain!: number;
}

@InputType({ description: 'Moves a resolution along its pipeline. Which fields a transition needs is listed in `resolutionPipeline`.' })
export class TransitionResolutionInput {
  @Field(() => ID)
  resolutionId!: string;

  @Field({ description: 'The transition’s code, e.g. "refer-to-committee".' })
  transition!: string;

  @Field(() => Int, { nullable: true, description: 'The resolution’s `version` as you read it: refused with CONFLICT if it has changed since.' })
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true, description: 'A written reason, published with the transition.' })
  reason?: string | null;

  @Field(() => String, { nullable: true, description: 'Public notes (the agency’s legal and technical review, the board’s response).' })
  notes?: string | null;

  @Field(() => RecordedVoteInput, { nullable: true })
  vote?: RecordedVoteInput | null;

  @Field(() => String, { nullable: true, description: 'The committee it is referred to (an assemblies body code).' })
  committeeCode?: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'An explicit deadline for the stage it enters (instead of the stage’s number of days).' })
  decideBy?: Date | null;

  @Field(() => String, { nullable: true, description: 'A committee’s amended text: becomes a new version of the resolution.' })
  amendedText?: string | null;

  @Field(() => String, { nullable: true, description: 'The advisory question as it will appear on the questionnaire.' })
  questionText?: string | null;

  @Field(() => String, { nullable: true, description: 'A minority report attached to a committee’s decision.' })
  minorityReport?: string | null;

  @Field(() => ID, { nullable: true, description: 'The assemblies body motion whose recorded vote this decision follows.' })
  motionId?: string | null;
}

@InputType({ description: 'Takes one transition on many resolutions at once (staff), e.g. refer them to a committee.' })
export class BulkTransitionResolutionsInput {
  @Field(() => [ID], { description: 'At most 200.' })
  resolutionIds!: string[];

  @Field()
  transition!: string;

  @Field(() => String, { nullable: true })
  reason?: string | null;

  @Field(() => String, { nullable: true })
  committeeCode?: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  decideBy?: Date | null;

  @Field(() => String, { nullable: true })
  notes?: string | null;
}

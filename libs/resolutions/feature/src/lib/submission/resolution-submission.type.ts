import { Field, Float, ObjectType } from '@nestjs/graphql';
import { ResolutionType } from '../resolutions';

@ObjectType('SimilarResolution', { description: 'An existing resolution that shares significant words with a text.' })
export class SimilarResolutionType {
  @Field(() => ResolutionType)
  resolution!: ResolutionType;

  @Field(() => Float, { description: 'Full-text rank: higher is more alike.' })
  score!: number;
}

@ObjectType('ResolutionSubmission', { description: 'A resolution just submitted, with the existing resolutions most like it.' })
export class ResolutionSubmissionType {
  @Field(() => ResolutionType)
  resolution!: ResolutionType;

  @Field(() => [SimilarResolutionType], { description: 'At most five, most alike first: perhaps the author would rather support one of these.' })
  similar!: SimilarResolutionType[];
}

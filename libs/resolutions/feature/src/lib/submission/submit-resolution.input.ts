import { Field, ID, InputType } from '@nestjs/graphql';
import { ResolutionKindValue } from '../resolutions';

@InputType()
export class SubmitResolutionInput {
  @Field({ description: 'At most 200 characters.' })
  title!: string;

  @Field({ description: "At most the cycle's limit (Wisconsin: 2,000 characters)." })
  text!: string;

  @Field(() => ResolutionKindValue)
  kind!: ResolutionKindValue;

  @Field({ description: 'E.g. "Deer", "Fisheries", "Wolves".' })
  topic!: string;

  @Field(() => String, { nullable: true, description: "The county where it will be introduced (a FIPS code); the author's verified county by default." })
  countyCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Who will present it at the county assembly; the author by default.' })
  presenterName?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The same resolution introduced elsewhere or in an earlier year: this one joins its family (the 3:2 rule counts per family).',
  })
  sameAsResolutionId?: string | null;
}

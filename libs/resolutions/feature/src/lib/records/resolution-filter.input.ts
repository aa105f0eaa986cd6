import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { PageArgs } from '@civic/platform';
import { ResolutionKindValue } from '../resolutions';

@InputType({ description: 'Narrows a list of resolutions; every given field must match.' })
export class ResolutionFilterInput {
  @Field(() => String, { nullable: true, description: 'A stage code, e.g. "in-committee".' })
  stage?: string | null;

  @Field(() => [String], { nullable: true, description: 'Any of these stage codes.' })
  stages?: string[] | null;

  @Field(() => String, { nullable: true, description: 'The committee it is referred to (an assemblies body code).' })
  committeeCode?: string | null;

  @Field(() => String, { nullable: true, description: 'The county it is introduced in (FIPS code).' })
  countyCode?: string | null;

  @Field(() => Int, { nullable: true })
  cycleYear?: number | null;

  @Field(() => Int, { nullable: true })
  submittedYear?: number | null;

  @Field(() => ResolutionKindValue, { nullable: true })
  kind?: ResolutionKindValue | null;

  @Field(() => String, { nullable: true })
  topic?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only resolutions flagged for a missed deadline; false: only the others.' })
  flagged?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Words to find in the title and text (web-search syntax: "a phrase", or, -word).' })
  search?: string | null;
}

@ArgsType()
export class ResolutionsArgs extends PageArgs {
  @Field(() => ResolutionFilterInput, { nullable: true })
  filter?: ResolutionFilterInput | null;
}

import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType({ description: 'A new version of a resolution: the fields given change; every edit is kept.' })
export class EditResolutionInput {
  @Field(() => ID)
  resolutionId!: string;

  @Field(() => String, { nullable: true, description: 'At most 200 characters.' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: "At most the limit of the resolution's congress year." })
  text?: string | null;

  @Field(() => String, { nullable: true, description: 'Why it changed (public, kept with the version).' })
  note?: string | null;

  @Field(() => Int, { description: "The resolution's `version` as last read; a stale one gets CONFLICT." })
  expectedVersion!: number;
}

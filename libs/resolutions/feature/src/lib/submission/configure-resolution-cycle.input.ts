import { Field, GraphQLISODateTime, InputType, Int } from '@nestjs/graphql';

@InputType({ description: "A congress year's submission window and limits (Wisconsin: Jan 5 – Feb 9, 2,000 characters, 2 per person)." })
export class ConfigureResolutionCycleInput {
  @Field(() => Int)
  year!: number;

  @Field(() => GraphQLISODateTime)
  windowOpensAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'Exclusive: the window closes at this instant.' })
  windowClosesAt!: Date;

  @Field(() => Int, { nullable: true, description: 'Longest accepted text, in characters (default 2,000).' })
  maxCharacters?: number | null;

  @Field(() => Int, { nullable: true, description: 'Resolutions one person may submit that year (default 2).' })
  maxPerPerson?: number | null;
}

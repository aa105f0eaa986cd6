import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ResolutionCycle', { description: "A congress year's submission window and limits for citizen resolutions." })
export class ResolutionCycleType {
  @Field(() => Int, { description: 'The congress year; resolutions submitted in its window belong to it.' })
  year!: number;

  @Field(() => GraphQLISODateTime)
  windowOpensAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'The window is open before this instant (Wisconsin: the end of February 9).' })
  windowClosesAt!: Date;

  @Field({ description: 'Whether submissions are accepted right now.' })
  isOpen!: boolean;

  @Field(() => Int, { description: 'Longest accepted text, in characters.' })
  maxCharacters!: number;

  @Field(() => Int, { description: 'Resolutions one person may submit in this congress year.' })
  maxPerPerson!: number;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;
}

@ObjectType({ description: 'What a citizen resolution must respect to be accepted.' })
export class SubmissionLimitsType {
  @Field(() => Int, { description: 'Longest accepted text, in characters.' })
  maxCharacters!: number;

  @Field(() => Int, { description: 'Resolutions one person may submit per congress year.' })
  maxPerPersonPerYear!: number;
}

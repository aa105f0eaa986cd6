import { Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { RollCallChoice, RollCallThresholdKind } from './roll-call.enums';

@InputType({ description: 'The share of yes among yes + no a motion needs; numerator and denominator only for CUSTOM.' })
export class RollCallThresholdInput {
  @Field(() => RollCallThresholdKind)
  kind!: RollCallThresholdKind;

  @Field(() => Int, { nullable: true, description: 'CUSTOM only: at least numerator / denominator of yes + no (1 ≤ numerator ≤ denominator ≤ 100).' })
  numerator?: number | null;

  @Field(() => Int, { nullable: true })
  denominator?: number | null;
}

@InputType()
export class OpenRollCallInput {
  @Field({ description: "'convention' for every delegate in office, or an assemblies body's code (e.g. 'executive-committee') for its current members." })
  bodyCode!: string;

  @Field({ description: 'The motion, as read to the members.' })
  title!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The questionnaire question the motion decides: links the roll call to the public’s vote for representation.',
  })
  questionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The citizen resolution the motion concerns (resolutions service).' })
  resolutionId?: string | null;

  @Field(() => RollCallThresholdInput, { nullable: true, description: 'Default MAJORITY.' })
  threshold?: RollCallThresholdInput | null;

  @Field(() => Int, { nullable: true, description: 'Members present needed for the vote to count; default a majority of the electorate.' })
  quorum?: number | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When it closes by itself (in the future); staff may still close it earlier. Default: only staff close it.',
  })
  closesAt?: Date | null;
}

@InputType()
export class CastRollCallVoteInput {
  @Field(() => ID)
  rollCallId!: string;

  @Field(() => RollCallChoice)
  choice!: RollCallChoice;
}

@InputType()
export class DeclareRollCallConflictInput {
  @Field(() => ID)
  rollCallId!: string;

  @Field({ description: 'Published with the roll call.' })
  reason!: string;
}

import { Field, Int, ObjectType } from '@nestjs/graphql';
import { yesNoAbstain, type ChoiceCounts } from '@civic/voting-domain';

@ObjectType({ description: 'Votes for one choice of a question.' })
export class ChoiceCount {
  @Field({ description: 'The choice code (yes, no, abstain, or a configured one).' })
  choice!: string;

  @Field(() => Int)
  count!: number;
}

/** The counts every tally type shows: yes / no / abstain, and every choice in its order. */
@ObjectType({ isAbstract: true })
export abstract class TallyCounts {
  @Field(() => Int, { description: 'Votes for yes (0 when the question has no yes).' })
  yes!: number;

  @Field(() => Int, { description: 'Votes for no (0 when the question has no no).' })
  no!: number;

  @Field(() => Int, { description: 'Abstentions (0 when the question has no abstain).' })
  abstain!: number;

  @Field(() => [ChoiceCount], { description: "Votes for every one of the question's choices, in its order." })
  counts!: ChoiceCount[];
}

export function toTallyCounts(choices: readonly string[], counts: ChoiceCounts): TallyCounts {
  return { ...yesNoAbstain(counts), counts: choices.map((choice) => ({ choice, count: counts[choice] ?? 0 })) };
}

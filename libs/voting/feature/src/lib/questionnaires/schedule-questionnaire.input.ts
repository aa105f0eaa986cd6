import { Field, InputType, Int } from '@nestjs/graphql';

@InputType({ description: "A questionnaire's voting window, set in advance: it opens and closes on time by itself." })
export class ScheduleQuestionnaireInput {
  @Field(() => Int)
  year!: number;

  @Field({ description: 'When voting opens (ignored for a questionnaire that is already OPEN).' })
  opensAt!: Date;

  @Field({ description: 'When voting closes; must be after opensAt and in the future.' })
  closesAt!: Date;
}

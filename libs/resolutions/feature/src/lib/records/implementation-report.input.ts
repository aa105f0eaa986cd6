import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType({ description: "A year's implementation report on a resolution." })
export class FileImplementationReportInput {
  @Field(() => ID)
  resolutionId!: string;

  @Field(() => Int, { description: 'The year it reports on (one report per resolution per year).' })
  year!: number;

  @Field({ description: 'The report, published as written (1–20,000 characters).' })
  text!: string;
}

import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ImplementationReport', { description: 'A yearly public report on how a resolution the board acted on is being implemented.' })
export class ImplementationReportType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  resolutionId!: string;

  @Field(() => Int, { description: 'The year it reports on.' })
  year!: number;

  @Field()
  text!: string;

  @Field({ description: 'Who filed it (staff).' })
  reporterName!: string;

  @Field()
  reportedAt!: Date;
}

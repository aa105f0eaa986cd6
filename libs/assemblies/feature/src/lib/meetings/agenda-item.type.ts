import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'One item of a meeting agenda.' })
export class AgendaItem {
  @Field(() => Int, { description: '1 for the first item.' })
  position!: number;

  @Field()
  title!: string;

  @Field({ description: 'Empty when the title says it all.' })
  description!: string;
}

import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('TermExtension', { description: 'A congress-wide term extension.' })
export class TermExtensionType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  cancelledYear!: number;

  @Field()
  reason!: string;

  @Field(() => ID)
  extendedBy!: string;

  @Field(() => Date)
  extendedAt!: Date;

  @Field(() => Int)
  tenuresExtended!: number;
}

import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('IssuedVoterCode', { description: 'A voter code as issued: the code is shown this once, for staff to print or mail.' })
export class IssuedVoterCodeType {
  @Field()
  voterId!: string;

  @Field({ description: 'XXXX-XXXX-XXXX-XXXX. Only its hash is stored: it cannot be shown again (issue a new one instead).' })
  code!: string;

  @Field(() => Date)
  expiresAt!: Date;

  @Field()
  firstName!: string;

  @Field()
  lastName!: string;

  @Field()
  jurisdictionCode!: string;
}

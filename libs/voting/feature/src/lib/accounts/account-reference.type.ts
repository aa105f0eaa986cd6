import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';

/** An account owned by the identity subgraph, extended here with its voter eligibility. */
@ObjectType('Account')
@Directive('@key(fields: "id")')
export class AccountReference {
  @Field(() => ID)
  id!: string;
}

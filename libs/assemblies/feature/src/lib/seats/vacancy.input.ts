import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType()
export class EndTenureInput {
  @Field(() => ID)
  tenureId!: string;

  @Field({ description: 'Recorded with the tenure.' })
  reason!: string;
}

@InputType({ description: 'Fills a vacant seat for the rest of its term.' })
export class AppointDelegateInput {
  @Field()
  jurisdictionCode!: string;

  @Field(() => Int)
  seatNumber!: number;

  @Field(() => ID)
  accountId!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Ignored when the account’s own display name is known (every residency verified since names are carried): the name on the roster comes from the account. ' +
      'Needed only for a residency verified before, and then checked like any display name.',
  })
  displayName?: string | null;

  @Field()
  reason!: string;
}

@InputType({ description: 'Cancels a year’s elections: every term in office runs one year longer.' })
export class ExtendTermsInput {
  @Field(() => Int)
  cancelledYear!: number;

  @Field()
  reason!: string;
}

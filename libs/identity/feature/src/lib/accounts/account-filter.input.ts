import { Field, InputType } from '@nestjs/graphql';
import type { Role } from '@civic/contracts';
import type { ResidencyStatus as Status } from '@civic/identity-domain';
import { AccountRole, ResidencyStatus } from './accounts.enums';

@InputType()
export class AccountFilterInput {
  @Field(() => String, { nullable: true })
  emailContains?: string;

  @Field(() => String, { nullable: true })
  jurisdictionCode?: string;

  @Field(() => ResidencyStatus, { nullable: true })
  residencyStatus?: Status;

  @Field(() => AccountRole, { nullable: true })
  role?: Role;
}

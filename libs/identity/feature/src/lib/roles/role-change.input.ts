import { Field, ID, InputType } from '@nestjs/graphql';
import type { GrantableRole as Role } from '@civic/identity-domain';
import { GrantableRole } from './roles.enums';

@InputType()
export class GrantRoleInput {
  @Field(() => ID)
  accountId!: string;

  @Field(() => GrantableRole)
  role!: Role;

  @Field(() => [String], {
    nullable: true,
    description: 'CLERK only, and required there: the counties (jurisdiction codes) the clerk serves, added to any already served.',
  })
  counties?: string[] | null;

  @Field({ description: 'Why (1–500 characters); kept in the role history.' })
  reason!: string;
}

@InputType()
export class RevokeRoleInput {
  @Field(() => ID)
  accountId!: string;

  @Field(() => GrantableRole)
  role!: Role;

  @Field(() => [String], {
    nullable: true,
    description: 'CLERK only: the counties to remove (the role goes with the last one); without them the whole role goes.',
  })
  counties?: string[] | null;

  @Field({ description: 'Why (1–500 characters); kept in the role history.' })
  reason!: string;
}

import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@civic/platform';
import type { GrantableRole as Role, RoleChangeAction as Action } from '@civic/identity-domain';
import { AccountType } from '../accounts';
import { GrantableRole, RoleChangeAction } from './roles.enums';

@ObjectType('RoleChange', { description: 'One grant or revoke of a role, as recorded (the history is append-only).' })
export class RoleChangeType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: 'Whose role changed.' })
  accountId!: string;

  @Field(() => RoleChangeAction)
  action!: Action;

  @Field(() => GrantableRole)
  role!: Role;

  @Field(() => [String], { description: 'For CLERK: the counties this change added or removed.' })
  counties!: string[];

  @Field()
  reason!: string;

  /** Resolved from `changedById` by a field resolver. */
  @Field(() => AccountType, { nullable: true, description: 'The admin who made the change (null for the demo seed).' })
  changedBy?: AccountType | null;

  @Field(() => Date)
  changedAt!: Date;

  changedById!: string | null;
}

export const RoleChangeConnection = ConnectionType(RoleChangeType, 'RoleChange');

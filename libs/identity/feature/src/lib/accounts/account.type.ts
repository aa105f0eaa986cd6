import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@civic/platform';

/**
 * A person's account. Anyone may see id and display name; email, roles and residency are
 * null unless the caller is the account itself, staff or an admin (see maySeePrivate);
 * observers also see roles and a clerk's counties (maySeeRoles).
 */
@ObjectType('Account')
@Directive('@key(fields: "id")')
export class AccountType {
  @Field(() => ID)
  id!: string;

  @Field()
  displayName!: string;
}

export const AccountConnection = ConnectionType(AccountType, 'Account');

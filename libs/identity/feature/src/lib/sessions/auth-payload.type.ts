import { Field, ObjectType } from '@nestjs/graphql';
import { AccountType } from '../accounts';

@ObjectType('AuthPayload')
export class AuthPayloadType {
  @Field({ description: 'Bearer token for the Authorization header; short-lived.' })
  accessToken!: string;

  @Field(() => Date)
  accessTokenExpiresAt!: Date;

  @Field({ description: 'Opaque; exchange it with refreshSession. Each one works once.' })
  refreshToken!: string;

  @Field(() => AccountType)
  account!: AccountType;
}

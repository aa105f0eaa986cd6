import { Field, InputType } from '@nestjs/graphql';
import type { MailLanguage } from '@civic/identity-domain';
import { Language } from '../accounts';

@InputType()
export class RegisterInput {
  @Field()
  email!: string;

  @Field()
  displayName!: string;

  @Field({ description: 'At least 12 characters.' })
  password!: string;

  @Field(() => String, { nullable: true, description: 'The county you live in (self-declared; staff verify it later).' })
  jurisdictionCode?: string | null;

  @Field(() => Language, { nullable: true, description: 'The language of mails to you (English when not given).' })
  language?: MailLanguage | null;
}

@InputType()
export class SignInInput {
  @Field()
  email!: string;

  @Field()
  password!: string;
}

@InputType()
export class ResetPasswordInput {
  @Field({ description: 'The code from the password-reset mail.' })
  token!: string;

  @Field({ description: 'At least 12 characters.' })
  newPassword!: string;
}

import { createParamDecorator, ExecutionContext, UnauthorizedException } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { AuthenticatedUser } from './authenticated-user';
import type { RequestWithUser } from './access.guard';

function userOf(context: ExecutionContext): AuthenticatedUser | undefined {
  const ctx = GqlExecutionContext.create(context).getContext<{ req?: RequestWithUser }>();
  return ctx.req?.user;
}

/** The signed-in caller; use on resolvers declared `@Authenticated()` or `@RequireRoles()`. */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthenticatedUser => {
  const user = userOf(context);
  if (!user) throw new UnauthorizedException();
  return user;
});

/** The caller if signed in, for public resolvers that show more to some callers. */
export const OptionalUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthenticatedUser | undefined => userOf(context));

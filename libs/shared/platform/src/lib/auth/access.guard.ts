import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ACCESS_METADATA, type AccessRule } from './access.decorator';
import { AccessTokenVerifier } from './access-token.verifier';
import { hasAnyRole, mayActInSomeCounty, type AuthenticatedUser } from './authenticated-user';

export interface RequestWithUser {
  headers: Record<string, string | string[] | undefined>;
  user?: AuthenticatedUser;
}

/**
 * Global guard: verifies the bearer token when one is sent (a bad token is refused even
 * on public fields) and enforces the resolver's declared access rule. A resolver without
 * a rule is refused.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: AccessTokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_METADATA, [context.getHandler(), context.getClass()]);
    const request = requestOf(context);
    if (!request) return rule?.kind === 'public';

    const user = request.user ?? (await this.authenticate(request));
    if (!rule) throw new ForbiddenException('no access rule declared');
    switch (rule.kind) {
      case 'public':
        return true;
      case 'authenticated':
        if (!user) throw new UnauthorizedException();
        return true;
      case 'roles':
        if (!user) throw new UnauthorizedException();
        if (!hasAnyRole(user, rule.roles)) throw new ForbiddenException();
        return true;
      case 'county':
        if (!user) throw new UnauthorizedException();
        if (!mayActInSomeCounty(user)) throw new ForbiddenException();
        return true;
    }
  }

  private async authenticate(request: RequestWithUser): Promise<AuthenticatedUser | undefined> {
    const token = bearerToken(request);
    if (token === undefined) return undefined;
    request.user = await this.verifier.verify(token);
    return request.user;
  }
}

export function bearerToken(request: RequestWithUser): string | undefined {
  const header = request.headers['authorization'];
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(value);
  if (!match?.[1]) throw new UnauthorizedException('malformed Authorization header');
  return match[1];
}

function requestOf(context: ExecutionContext): RequestWithUser | undefined {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req?: RequestWithUser }>().req;
  }
  return context.switchToHttp().getRequest<RequestWithUser>();
}

import { DynamicModule, Global, InjectionToken, Module, Provider } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import type { JWTVerifyGetKey } from 'jose';
import { AccessAudit } from './access-audit';
import { AccessGuard } from './access.guard';
import { ACCESS_TOKEN_VERIFIER_OPTIONS, AccessTokenVerifier, remoteJwks } from './access-token.verifier';

export interface AuthModuleOptions {
  issuer: string;
  audience: string;
  /** The issuer's JWKS endpoint, unless `keys` is given. */
  jwksUrl?: string;
  /** A key resolver, for the service that holds the keys itself. Injected by `keysProvider`. */
  keysProvider?: { inject: Array<InjectionToken>; useFactory: (...deps: never[]) => JWTVerifyGetKey };
  imports?: DynamicModule['imports'];
}

/** Token verification, the global access guard and the start-up audit of access rules. */
@Global()
@Module({})
export class AuthModule {
  static forRoot(options: AuthModuleOptions): DynamicModule {
    const keysProvider = options.keysProvider;
    const optionsProvider: Provider = keysProvider
      ? {
          provide: ACCESS_TOKEN_VERIFIER_OPTIONS,
          inject: keysProvider.inject,
          useFactory: (...deps: never[]) => ({
            issuer: options.issuer,
            audience: options.audience,
            keys: keysProvider.useFactory(...deps),
          }),
        }
      : {
          provide: ACCESS_TOKEN_VERIFIER_OPTIONS,
          useValue: {
            issuer: options.issuer,
            audience: options.audience,
            keys: remoteJwks(requireUrl(options.jwksUrl)),
          },
        };
    return {
      module: AuthModule,
      imports: [DiscoveryModule, ...(options.imports ?? [])],
      providers: [optionsProvider, AccessTokenVerifier, AccessAudit, { provide: APP_GUARD, useClass: AccessGuard }],
      exports: [AccessTokenVerifier],
    };
  }
}

function requireUrl(url: string | undefined): string {
  if (!url) throw new Error('AuthModule needs jwksUrl or keysProvider');
  return url;
}

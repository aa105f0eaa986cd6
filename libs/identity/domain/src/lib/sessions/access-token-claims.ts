import type { Role } from '@civic/contracts';

export interface AccessTokenSubject {
  accountId: string;
  roles: readonly Role[];
  /** The counties a clerk serves; ignored unless the roles include clerk. */
  clerkOf?: readonly string[];
}

export interface AccessTokenSettings {
  issuer: string;
  audience: string;
  ttlSeconds: number;
}

/** The registered and private claims of an access token (RFC 7519 names, seconds since epoch). */
export interface AccessTokenClaims {
  sub: string;
  roles: Role[];
  /** Only for clerks: the counties (jurisdiction codes) they serve, the `clerkOf` claim. */
  clerkOf?: string[];
  iss: string;
  aud: string;
  iat: number;
  exp: number;
  jti: string;
}

export const MIN_ACCESS_TOKEN_TTL_SECONDS = 30;
export const MAX_ACCESS_TOKEN_TTL_SECONDS = 24 * 60 * 60;

/**
 * What a token says about its holder. Roles are copied, sorted and de-duplicated so a
 * token never carries more than the account has, and a clerk's counties only with the clerk
 * role; the lifetime is bounded so that a
 * misconfiguration cannot mint long-lived bearer tokens.
 */
export function accessTokenClaims(subject: AccessTokenSubject, settings: AccessTokenSettings, now: Date, tokenId: string): AccessTokenClaims {
  if (settings.ttlSeconds < MIN_ACCESS_TOKEN_TTL_SECONDS || settings.ttlSeconds > MAX_ACCESS_TOKEN_TTL_SECONDS) {
    throw new RangeError(`access token lifetime must be between ${MIN_ACCESS_TOKEN_TTL_SECONDS} and ${MAX_ACCESS_TOKEN_TTL_SECONDS} seconds`);
  }
  const iat = Math.floor(now.getTime() / 1000);
  const roles = [...new Set(subject.roles)].sort();
  const clerkOf = roles.includes('clerk') ? [...new Set(subject.clerkOf ?? [])].sort() : [];
  return {
    sub: subject.accountId,
    roles,
    ...(clerkOf.length > 0 ? { clerkOf } : {}),
    iss: settings.issuer,
    aud: settings.audience,
    iat,
    exp: iat + settings.ttlSeconds,
    jti: tokenId,
  };
}

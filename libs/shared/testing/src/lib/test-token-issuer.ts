import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWK, type KeyLike } from 'jose';
import type { Role } from '@civic/contracts';

export interface TestTokenClaims {
  accountId?: string;
  roles?: Role[];
  /** The `name` claim (the account's display name). */
  displayName?: string;
  /** Seconds from now; negative for an already expired token. */
  expiresInSeconds?: number;
  /** The counties a clerk serves (the `clerkOf` claim). */
  clerkOf?: string[];
}

/**
 * Issues access tokens the way identity does (EdDSA, published as JWKS over HTTP), so a
 * subgraph booted in an integration test verifies them through its real code path.
 * Point the subgraph's AUTH_JWKS_URL at `jwksUrl`.
 */
export class TestTokenIssuer {
  private constructor(
    private readonly privateKey: KeyLike,
    private readonly server: Server,
    readonly jwksUrl: string,
    readonly issuer: string,
    readonly audience: string,
  ) {}

  static async start(options: { issuer?: string; audience?: string } = {}): Promise<TestTokenIssuer> {
    const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    const jwk: JWK = { ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'EdDSA', use: 'sig' };
    const body = JSON.stringify({ keys: [jwk] });
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return new TestTokenIssuer(
      privateKey,
      server,
      `http://127.0.0.1:${port}/.well-known/jwks.json`,
      options.issuer ?? 'civic-congress',
      options.audience ?? 'civic-congress',
    );
  }

  /** The environment that makes a service process trust this issuer. */
  authEnv(): Record<'AUTH_JWKS_URL' | 'AUTH_ISSUER' | 'AUTH_AUDIENCE', string> {
    return { AUTH_JWKS_URL: this.jwksUrl, AUTH_ISSUER: this.issuer, AUTH_AUDIENCE: this.audience };
  }

  sign(claims: TestTokenClaims = {}): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({
      roles: claims.roles ?? ['resident'],
      name: claims.displayName ?? 'Test Person',
      ...(claims.clerkOf ? { clerkOf: claims.clerkOf } : {}),
    })
      .setProtectedHeader({ alg: 'EdDSA', kid: 'test-key' })
      .setSubject(claims.accountId ?? randomUUID())
      .setIssuer(this.issuer)
      .setAudience(this.audience)
      .setIssuedAt(now)
      .setJti(randomUUID())
      .setExpirationTime(now + (claims.expiresInSeconds ?? 300))
      .sign(this.privateKey);
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

import { createPrivateKey, generateKeyPairSync, randomUUID, sign, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Role } from '@civic/contracts';

export interface BenchTokenClaims {
  accountId: string;
  roles: Role[];
  displayName?: string;
}

/**
 * Signs access tokens like identity does (EdDSA over Ed25519, JWKS served over HTTP), but
 * synchronously with node:crypto: 100,000 resident tokens take a couple of seconds, where
 * signing in through identity would spend minutes in argon2. The stack under test points
 * AUTH_JWKS_URL / AUTH_ISSUER / AUTH_AUDIENCE here, so tokens go through the real checks.
 */
export class BenchTokenIssuer {
  private readonly header = base64url(JSON.stringify({ alg: 'EdDSA', kid: 'bench-key', typ: 'JWT' }));

  private constructor(
    private readonly privateKey: KeyObject,
    private readonly server: Server,
    readonly jwksUrl: string,
    readonly issuer: string,
    readonly audience: string,
  ) {}

  static async start({ issuer = 'civic-bench', audience = 'civic-congress' }: { issuer?: string; audience?: string } = {}): Promise<BenchTokenIssuer> {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const jwk = { ...publicKey.export({ format: 'jwk' }), kid: 'bench-key', alg: 'EdDSA', use: 'sig' };
    const body = JSON.stringify({ keys: [jwk] });
    const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(body));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return new BenchTokenIssuer(createPrivateKey(privateKey.export({ format: 'pem', type: 'pkcs8' })), server, `http://127.0.0.1:${port}/.well-known/jwks.json`, issuer, audience);
  }

  /** The environment that makes a service trust this issuer. */
  authEnv(): Record<string, string> {
    return { AUTH_JWKS_URL: this.jwksUrl, AUTH_ISSUER: this.issuer, AUTH_AUDIENCE: this.audience };
  }

  sign(claims: BenchTokenClaims, expiresInSeconds = 3_600): string {
    const now = Math.floor(Date.now() / 1000);
    const payload = base64url(
      JSON.stringify({
        roles: claims.roles,
        name: claims.displayName ?? 'Bench Resident',
        sub: claims.accountId,
        iss: this.issuer,
        aud: this.audience,
        iat: now,
        exp: now + expiresInSeconds,
        jti: randomUUID(),
      }),
    );
    const input = `${this.header}.${payload}`;
    return `${input}.${sign(null, Buffer.from(input), this.privateKey).toString('base64url')}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

function base64url(text: string): string {
  return Buffer.from(text).toString('base64url');
}

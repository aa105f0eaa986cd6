import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';

/**
 * The secrets that prove something by mail or on paper: email-verification and
 * password-reset tokens, and voter codes. All come from the CSPRNG, carry at least 64
 * bits of entropy, and only their SHA-256 is stored.
 */
export function hashSecret(secret: string): Buffer {
  return createHash('sha256').update(secret, 'utf8').digest();
}

/** Compares a stored hash with a candidate secret in constant time. */
export function secretMatches(storedHash: Buffer, candidate: string): boolean {
  const candidateHash = hashSecret(candidate);
  return storedHash.length === candidateHash.length && timingSafeEqual(storedHash, candidateHash);
}

/** Random bytes in an account token's secret part: 256 bits. */
export const ACCOUNT_TOKEN_SECRET_BYTES = 32;

export interface IssuedAccountToken {
  /** The row's id, sent in clear inside the token so that wrong guesses count against that token. */
  id: string;
  /** What the person receives: `<id>.<secret>`. Shown once, never stored. */
  token: string;
  secretHash: Buffer;
}

/** A fresh email-verification or password-reset token: `<uuid>.<43 characters of base64url>`. */
export function newAccountToken(): IssuedAccountToken {
  const id = randomUUID();
  const secret = randomBytes(ACCOUNT_TOKEN_SECRET_BYTES).toString('base64url');
  return { id, token: `${id}.${secret}`, secretHash: hashSecret(secret) };
}

const ACCOUNT_TOKEN_SHAPE = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.([A-Za-z0-9_-]{16,128})$/;

/** Splits a token as typed or pasted (surrounding spaces ignored); null when it cannot be one of ours. */
export function parseAccountToken(token: string): { id: string; secret: string } | null {
  const match = ACCOUNT_TOKEN_SHAPE.exec(token.trim());
  if (!match?.[1] || !match[2]) return null;
  return { id: match[1].toLowerCase(), secret: match[2] };
}

/** Crockford's base 32: no I, L, O or U, so a code read aloud or retyped survives. */
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** Characters of a voter code: 16 × 5 bits = 80 bits. */
export const VOTER_CODE_LENGTH = 16;

/** A fresh voter code, grouped for print: `XXXX-XXXX-XXXX-XXXX`. */
export function newVoterCode(): string {
  const bytes = randomBytes(VOTER_CODE_LENGTH);
  // 256 is a multiple of 32, so taking each byte modulo 32 is unbiased.
  const characters = [...bytes].map((byte) => CROCKFORD[byte % 32] as string).join('');
  return characters.match(/.{4}/g)?.join('-') ?? characters;
}

/**
 * The canonical form of a typed voter code: case, spaces and dashes ignored, and the
 * look-alikes Crockford's alphabet leaves out read as the digits they resemble.
 */
export function normalizeVoterCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

export function isVoterCodeShape(normalized: string): boolean {
  return normalized.length === VOTER_CODE_LENGTH && [...normalized].every((character) => CROCKFORD.includes(character));
}

/** The stored hash of a voter code: of its canonical form. */
export function hashVoterCode(code: string): Buffer {
  return hashSecret(normalizeVoterCode(code));
}

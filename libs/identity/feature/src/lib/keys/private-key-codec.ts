import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';

/**
 * How a private JWK is stored: sealed with AES-256-GCM under a key derived (scrypt) from
 * IDENTITY_KEY_ENCRYPTION_SECRET, or in clear when no secret is configured (development).
 */
export function sealPrivateJwk(jwk: object, secret: string | undefined): string {
  const json = JSON.stringify(jwk);
  if (!secret) return `plain:${json}`;
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', deriveKey(secret), iv);
  const ciphertext = Buffer.concat([cipher.update(json, 'utf8'), cipher.final()]);
  return `aes-256-gcm:${[iv, cipher.getAuthTag(), ciphertext].map((part) => part.toString('base64url')).join('.')}`;
}

/** Whether a stored private key is in clear (written without a secret). */
export function isStoredInClear(sealed: string): boolean {
  return sealed.startsWith('plain:');
}

export function openPrivateJwk(sealed: string, secret: string | undefined): Record<string, unknown> {
  if (sealed.startsWith('plain:')) return JSON.parse(sealed.slice('plain:'.length)) as Record<string, unknown>;
  if (!sealed.startsWith('aes-256-gcm:')) throw new Error('unknown private key format');
  if (!secret) throw new Error('a signing key is encrypted: set IDENTITY_KEY_ENCRYPTION_SECRET');
  const [iv, tag, ciphertext] = sealed
    .slice('aes-256-gcm:'.length)
    .split('.')
    .map((part) => Buffer.from(part, 'base64url'));
  if (!iv || !tag || !ciphertext) throw new Error('malformed encrypted private key');
  const decipher = createDecipheriv('aes-256-gcm', deriveKey(secret), iv);
  decipher.setAuthTag(tag);
  const json = Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
  return JSON.parse(json) as Record<string, unknown>;
}

function deriveKey(secret: string): Buffer {
  // A fixed salt is fine here: the secret is a high-entropy deployment key, not a password.
  return scryptSync(secret, 'civic-identity-signing-key', 32);
}

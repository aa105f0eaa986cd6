import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The secret that encrypts identity's signing key at rest (required in production): made
 * once per data directory and kept beside the database it protects (owner-only), so a
 * restart opens the same key. Set IDENTITY_KEY_ENCRYPTION_SECRET to use your own.
 */
export function keyEncryptionSecret(dataDir: string): string {
  const file = path.join(dataDir, 'identity-key-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/** The database login roles' passwords: made once per data directory and kept beside it (owner-only). */
export function databaseRolePasswords(dataDir: string, roles: readonly string[]): Record<string, string> {
  const file = path.join(dataDir, 'database-role-passwords.json');
  const stored = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {};
  const missing = roles.filter((role) => !stored[role]);
  if (missing.length === 0) return stored;
  for (const role of missing) stored[role] = randomBytes(24).toString('base64url');
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, `${JSON.stringify(stored, null, 2)}\n`, { mode: 0o600 });
  return stored;
}

import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { keyEncryptionSecret } from './secrets';

describe('keyEncryptionSecret', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const dataDir = () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'civic-secret-'));
    dirs.push(dir);
    return path.join(dir, 'data');
  };

  it('makes a long random secret once per data directory, readable by its owner only, and gives it back on the next start', () => {
    const dir = dataDir();
    const secret = keyEncryptionSecret(dir);
    expect(secret.length).toBeGreaterThanOrEqual(40);
    expect(keyEncryptionSecret(dir)).toBe(secret);
    expect(statSync(path.join(dir, 'identity-key-secret')).mode & 0o777).toBe(0o600);
    expect(keyEncryptionSecret(dataDir())).not.toBe(secret);
  });
});

import {
  hashSecret,
  hashVoterCode,
  isVoterCodeShape,
  newAccountToken,
  newVoterCode,
  normalizeVoterCode,
  parseAccountToken,
  secretMatches,
  VOTER_CODE_LENGTH,
} from './secret-codes';

describe('account tokens', () => {
  it('carry their id and a 256-bit secret, of which only the SHA-256 is kept', () => {
    const issued = newAccountToken();
    const parsed = parseAccountToken(`  ${issued.token} `);
    expect(parsed?.id).toBe(issued.id);
    expect(Buffer.from(parsed?.secret ?? '', 'base64url')).toHaveLength(32);
    expect(issued.secretHash).toEqual(hashSecret(parsed?.secret ?? ''));
    expect(issued.secretHash.toString('hex')).not.toContain(Buffer.from(parsed?.secret ?? '').toString('hex'));
    expect(secretMatches(issued.secretHash, parsed?.secret ?? '')).toBe(true);
    expect(secretMatches(issued.secretHash, `${parsed?.secret ?? ''}x`)).toBe(false);
  });

  it('are different every time', () => {
    const tokens = new Set(Array.from({ length: 1_000 }, () => newAccountToken().token));
    expect(tokens.size).toBe(1_000);
  });

  it('refuse anything not shaped like one', () => {
    for (const bad of ['', 'abc', 'not-a-uuid.secretsecretsecretsecret', `${newAccountToken().id}.`, `${newAccountToken().id}.short`]) {
      expect(parseAccountToken(bad)).toBeNull();
    }
  });
});

describe('voter codes', () => {
  it('have 16 characters of Crockford base 32 (80 bits), grouped by four', () => {
    const code = newVoterCode();
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    expect(normalizeVoterCode(code)).toHaveLength(VOTER_CODE_LENGTH);
    expect(VOTER_CODE_LENGTH * 5).toBeGreaterThanOrEqual(64);
    expect(new Set(Array.from({ length: 1_000 }, newVoterCode)).size).toBe(1_000);
  });

  it('read the same however they are typed', () => {
    const code = newVoterCode();
    const sloppy = ` ${code.toLowerCase().replace(/-/g, ' ')} `;
    expect(hashVoterCode(sloppy)).toEqual(hashVoterCode(code));
    expect(normalizeVoterCode('o1il-OOOO')).toBe('0111' + '0000');
    expect(isVoterCodeShape(normalizeVoterCode(code))).toBe(true);
    expect(isVoterCodeShape('ABC')).toBe(false);
    expect(isVoterCodeShape('U'.repeat(VOTER_CODE_LENGTH))).toBe(false);
  });
});

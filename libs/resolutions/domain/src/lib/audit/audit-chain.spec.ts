import fc from 'fast-check';
import { canonicalJson, GENESIS_HASH, hashAuditEntry, verifyAuditChain, type AuditEntryContent, type StoredAuditEntry } from './audit-chain';

function buildChain(contents: Array<Omit<AuditEntryContent, 'sequence'>>): StoredAuditEntry[] {
  const chain: StoredAuditEntry[] = [];
  let previousHash = GENESIS_HASH;
  contents.forEach((content, i) => {
    const entry = { ...content, sequence: i + 1 };
    const hash = hashAuditEntry(previousHash, entry);
    chain.push({ ...entry, previousHash, hash });
    previousHash = hash;
  });
  return chain;
}

const entry = (n: number): Omit<AuditEntryContent, 'sequence'> => ({
  resolutionId: `res-${n}`,
  kind: 'transition',
  actorKind: n % 2 === 0 ? 'person' : 'system',
  actorId: n % 2 === 0 ? `account-${n}` : null,
  actorName: n % 2 === 0 ? 'Pat Staff' : 'deadline',
  occurredAt: new Date(Date.UTC(2027, 0, n + 1)).toISOString(),
  data: { transition: 'refer-to-committee', from: 'county-passed', to: 'in-committee', vote: { yes: 5, no: 1, abstain: 0 } },
});

const CHAIN = buildChain([1, 2, 3, 4, 5].map(entry));

describe('canonicalJson', () => {
  it('sorts keys at every level, drops undefined, writes Dates as ISO and no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: undefined }], c: new Date('2027-01-01T00:00:00Z') }, e: undefined })).toBe(
      '{"a":{"c":"2027-01-01T00:00:00.000Z","d":[3,{"z":1}]},"b":1}',
    );
  });

  it('keeps a key named __proto__ as an ordinary key (found by the property below)', () => {
    const value = JSON.parse('{"b":1,"__proto__":{"x":2}}') as Record<string, unknown>;
    expect(canonicalJson(value)).toBe('{"__proto__":{"x":2},"b":1}');
  });

  it('does not depend on key order (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (value) => {
        const reversed = Object.fromEntries(Object.entries(value).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(value));
        expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });
});

describe('hashAuditEntry', () => {
  it('is the sha256 hex of the previous hash, a newline and the canonical content', () => {
    const hash = hashAuditEntry(GENESIS_HASH, { ...entry(1), sequence: 1 });
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashAuditEntry(GENESIS_HASH, { ...entry(1), sequence: 1 })).toBe(hash);
    expect(hashAuditEntry('f'.repeat(64), { ...entry(1), sequence: 1 })).not.toBe(hash);
  });

  it('ignores stored hash fields passed along with the content', () => {
    const [first] = CHAIN;
    expect(hashAuditEntry(GENESIS_HASH, first!)).toBe(first!.hash);
  });
});

describe('verifyAuditChain', () => {
  it('verifies an intact chain and returns its head', () => {
    expect(verifyAuditChain(CHAIN)).toEqual({ valid: true, entriesChecked: 5, headHash: CHAIN[4]!.hash });
    expect(verifyAuditChain([])).toEqual({ valid: true, entriesChecked: 0, headHash: GENESIS_HASH });
  });

  it('verifies a page of the chain from a known starting point', () => {
    expect(verifyAuditChain(CHAIN.slice(2), { previousHash: CHAIN[1]!.hash, sequence: 3 })).toEqual({
      valid: true,
      entriesChecked: 3,
      headHash: CHAIN[4]!.hash,
    });
  });

  it('reports a sequence gap and a re-linked entry', () => {
    expect(verifyAuditChain([CHAIN[0]!, CHAIN[2]!])).toEqual({
      valid: false,
      entriesChecked: 2,
      brokenAtSequence: 3,
      problem: 'sequence-gap',
    });
    const relinked = CHAIN.map((e) => ({ ...e }));
    relinked[2]!.previousHash = GENESIS_HASH;
    expect(verifyAuditChain(relinked)).toEqual({ valid: false, entriesChecked: 3, brokenAtSequence: 3, problem: 'previous-hash-mismatch' });
  });

  it('breaks at exactly the entry whose content was altered, whichever field (property)', () => {
    const fields = ['resolutionId', 'kind', 'actorKind', 'actorId', 'actorName', 'occurredAt', 'data'] as const;
    const alteration: Record<(typeof fields)[number], (e: StoredAuditEntry) => void> = {
      resolutionId: (e) => (e.resolutionId = e.resolutionId === null ? 'x' : null),
      kind: (e) => (e.kind = `${e.kind}!`),
      actorKind: (e) => (e.actorKind = e.actorKind === 'person' ? 'system' : 'person'),
      actorId: (e) => (e.actorId = `${e.actorId ?? ''}x`),
      actorName: (e) => (e.actorName = `${e.actorName} `),
      occurredAt: (e) => (e.occurredAt = new Date(Date.parse(e.occurredAt) + 1).toISOString()),
      data: (e) => (e.data = { ...e.data, vote: { yes: 6, no: 1, abstain: 0 } }),
    };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: CHAIN.length - 1 }), fc.constantFrom(...fields), (index, field) => {
        const tampered = CHAIN.map((e) => structuredClone(e));
        alteration[field](tampered[index]!);
        expect(verifyAuditChain(tampered)).toEqual({
          valid: false,
          entriesChecked: index + 1,
          brokenAtSequence: index + 1,
          problem: 'hash-mismatch',
        });
      }),
    );
  });

  it('detects an entry whose hash was rewritten (the next entry no longer links)', () => {
    const tampered = CHAIN.map((e) => ({ ...e }));
    tampered[1]!.kind = 'forged';
    tampered[1]!.hash = hashAuditEntry(tampered[1]!.previousHash, tampered[1]!);
    expect(verifyAuditChain(tampered)).toEqual({ valid: false, entriesChecked: 3, brokenAtSequence: 3, problem: 'previous-hash-mismatch' });
  });
});

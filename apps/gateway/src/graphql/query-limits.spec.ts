import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { ErrorCode } from '@civic/contracts';
import { queryProtection } from './query-limits';

const schema = buildSchema(`
  type Query { me: Account }
  type Account { id: ID!, friend: Account }
`);

function codes(query: string): unknown[] {
  const { validationRules } = queryProtection({ maxDepth: 5, maxAliases: 3, maxCost: 5000, maxTokens: 1000 });
  return validate(schema, parse(query), [...specifiedRules, ...validationRules]).map((e) => e.extensions['code']);
}

const nested = (levels: number) => `{ me { ${'friend { '.repeat(levels)}id${' }'.repeat(levels)} } }`;

describe('query limits', () => {
  it('accepts a query within every limit', () => {
    expect(codes(nested(3))).toEqual([]);
    expect(codes('{ a: me { id } b: me { id } c: me { id } }')).toEqual([]);
  });

  it('refuses a query deeper than the limit with QUERY_TOO_COMPLEX', () => {
    expect(codes(nested(6))).toContain(ErrorCode.QUERY_TOO_COMPLEX);
  });

  it('refuses too many aliases', () => {
    expect(codes('{ a: me { id } b: me { id } c: me { id } d: me { id } }')).toEqual([ErrorCode.QUERY_TOO_COMPLEX]);
  });

  it('refuses a query that costs too much', () => {
    const { validationRules } = queryProtection({ maxDepth: 50, maxAliases: 50, maxCost: 10, maxTokens: 1000 });
    const errors = validate(schema, parse(nested(4)), validationRules);
    expect(errors.map((e) => e.message)).toEqual([expect.stringMatching(/Query Cost limit of 10 exceeded/)]);
  });
});

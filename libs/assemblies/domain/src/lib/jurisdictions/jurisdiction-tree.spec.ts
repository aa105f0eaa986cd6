import { orderParentsFirst, validateJurisdictionTree, type JurisdictionDefinition } from './jurisdiction-tree';

const tiers = [
  { level: 0, name: 'State', pluralName: 'States' },
  { level: 1, name: 'District', pluralName: 'Districts' },
  { level: 2, name: 'County', pluralName: 'Counties' },
];
const valid: JurisdictionDefinition[] = [
  { code: '55001', name: 'Adams', tierLevel: 2, parentCode: 'D01' },
  { code: 'WI', name: 'Wisconsin', tierLevel: 0, parentCode: null },
  { code: 'D01', name: 'District 1', tierLevel: 1, parentCode: 'WI' },
];

describe('validateJurisdictionTree', () => {
  it('accepts a well-formed three-tier tree', () => {
    expect(validateJurisdictionTree(tiers, valid)).toEqual([]);
  });

  it('reports duplicate codes, unknown parents, skipped tiers and extra roots', () => {
    const problems = validateJurisdictionTree(tiers, [
      ...valid,
      { code: '55001', name: 'Adams again', tierLevel: 2, parentCode: 'D01' },
      { code: '55003', name: 'Ashland', tierLevel: 2, parentCode: 'D99' },
      { code: '55005', name: 'Barron', tierLevel: 2, parentCode: 'WI' },
      { code: 'MN', name: 'Minnesota', tierLevel: 0, parentCode: null },
    ]);
    expect(problems).toEqual(
      expect.arrayContaining([
        'code "55001" is used twice',
        '"55003" has unknown parent "D99"',
        '"55005" (tier 2) must sit under a tier 1 jurisdiction, not "WI"',
        'exactly one jurisdiction must have no parent (found 2)',
      ]),
    );
  });

  it('requires contiguous tier numbering', () => {
    expect(validateJurisdictionTree([tiers[0]!, tiers[2]!], [valid[1]!])).toContain('tiers must be numbered 0..1 without gaps');
  });
});

describe('orderParentsFirst', () => {
  it('puts every parent before its children', () => {
    expect(orderParentsFirst(valid).map((j) => j.code)).toEqual(['WI', 'D01', '55001']);
  });
});

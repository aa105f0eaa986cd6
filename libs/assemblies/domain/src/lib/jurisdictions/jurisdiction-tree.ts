/**
 * The jurisdiction tree of a congress: region → district → county by default, but any
 * number of tiers. These rules hold whatever the configuration.
 */
export interface TierDefinition {
  level: number;
  name: string;
  pluralName: string;
}

export interface JurisdictionDefinition {
  code: string;
  name: string;
  tierLevel: number;
  parentCode: string | null;
}

export const JURISDICTION_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/;

/**
 * Lists every way a tree breaks the rules (empty when valid): tiers numbered 0..n-1, one
 * root at tier 0, codes unique and well-formed, each parent one tier above its child.
 */
export function validateJurisdictionTree(tiers: readonly TierDefinition[], jurisdictions: readonly JurisdictionDefinition[]): string[] {
  const problems: string[] = [];
  const levels = tiers.map((tier) => tier.level).sort((a, b) => a - b);
  if (levels.length === 0) problems.push('at least one tier is required');
  levels.forEach((level, index) => {
    if (level !== index) problems.push(`tiers must be numbered 0..${levels.length - 1} without gaps`);
  });

  const byCode = new Map<string, JurisdictionDefinition>();
  for (const jurisdiction of jurisdictions) {
    if (!JURISDICTION_CODE_PATTERN.test(jurisdiction.code)) problems.push(`code "${jurisdiction.code}" is not a valid code`);
    if (byCode.has(jurisdiction.code)) problems.push(`code "${jurisdiction.code}" is used twice`);
    byCode.set(jurisdiction.code, jurisdiction);
  }

  const roots = jurisdictions.filter((jurisdiction) => jurisdiction.parentCode === null);
  if (roots.length !== 1) problems.push(`exactly one jurisdiction must have no parent (found ${roots.length})`);
  for (const root of roots) {
    if (root.tierLevel !== 0) problems.push(`the root "${root.code}" must be at tier 0`);
  }

  for (const jurisdiction of jurisdictions) {
    if (!levels.includes(jurisdiction.tierLevel)) {
      problems.push(`"${jurisdiction.code}" is at tier ${jurisdiction.tierLevel}, which is not configured`);
    }
    if (jurisdiction.parentCode === null) continue;
    const parent = byCode.get(jurisdiction.parentCode);
    if (!parent) {
      problems.push(`"${jurisdiction.code}" has unknown parent "${jurisdiction.parentCode}"`);
    } else if (parent.tierLevel !== jurisdiction.tierLevel - 1) {
      problems.push(
        `"${jurisdiction.code}" (tier ${jurisdiction.tierLevel}) must sit under a tier ${jurisdiction.tierLevel - 1} jurisdiction, not "${parent.code}"`,
      );
    }
  }
  return problems;
}

/** Parents before children, so rows can be inserted in one pass. */
export function orderParentsFirst<J extends JurisdictionDefinition>(jurisdictions: readonly J[]): J[] {
  return [...jurisdictions].sort((a, b) => a.tierLevel - b.tierLevel || a.code.localeCompare(b.code));
}

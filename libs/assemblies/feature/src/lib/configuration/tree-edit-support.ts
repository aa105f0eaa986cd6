import { ErrorCode } from '@civic/contracts';
import type { JurisdictionDefinition } from '@civic/assemblies-domain';
import type { JurisdictionEntity } from '@civic/assemblies-data-access';
import { DomainError } from '@civic/util';

/** What the history records of a jurisdiction: its public fields, the parent by code. */
export interface JurisdictionSnapshot {
  name: string;
  tierLevel: number;
  parentCode: string | null;
  population: number | null;
  seat: string | null;
}

export function snapshotOf(jurisdiction: JurisdictionEntity, codeById: ReadonlyMap<string, string>): JurisdictionSnapshot {
  return {
    name: jurisdiction.name,
    tierLevel: jurisdiction.tierLevel,
    parentCode: jurisdiction.parentId === null ? null : (codeById.get(jurisdiction.parentId) ?? null),
    population: jurisdiction.population,
    seat: jurisdiction.seat,
  };
}

/** The tree as the domain's tree rules read it. */
export function definitionsOf(tree: readonly JurisdictionEntity[]): JurisdictionDefinition[] {
  const codeById = new Map(tree.map((row) => [row.id, row.code]));
  return tree.map((row) => ({
    code: row.code,
    name: row.name,
    tierLevel: row.tierLevel,
    parentCode: row.parentId === null ? null : (codeById.get(row.parentId) ?? null),
  }));
}

/** A history entry path per jurisdiction: "jurisdictions.55025.parentCode". */
export function jurisdictionPath(code: string): string {
  return `jurisdictions.${code}`;
}

export function tierMismatch(problem: string): DomainError {
  return new DomainError(ErrorCode.JURISDICTION_TIER_MISMATCH, `${problem}.`, { field: 'parentCode' });
}

export function unknownParent(code: string): DomainError {
  return new DomainError(ErrorCode.NOT_FOUND, `No jurisdiction has code "${code}".`, { field: 'parentCode', jurisdictionCode: code });
}

export function unknownJurisdiction(code: string): DomainError {
  return new DomainError(ErrorCode.NOT_FOUND, `No jurisdiction has code "${code}".`, { field: 'code', jurisdictionCode: code });
}

export function brokenTree(problems: string[]): DomainError {
  return new DomainError(ErrorCode.BAD_USER_INPUT, `The jurisdiction tree would break its rules: ${problems.join('; ')}`, { problems });
}

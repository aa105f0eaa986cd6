import { badInput } from '@civic/util';
import { isJurisdictionCode } from '@civic/voting-domain';

/** A jurisdiction code as assemblies issues them (FIPS for US counties), or BAD_USER_INPUT naming the field. */
export function requireJurisdictionCode(code: string, field: string): string {
  if (!isJurisdictionCode(code)) throw badInput(field, `${field} is not a jurisdiction code.`);
  return code;
}

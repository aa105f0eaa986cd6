/**
 * Jurisdictions are owned by the assemblies service; identity only checks the shape of a
 * code (FIPS "55025", district "D01", region "WI"...) so that typos are caught early. It
 * does not know which codes exist.
 */
const JURISDICTION_CODE = /^[A-Z0-9][A-Z0-9-]{0,15}$/;

export function isValidJurisdictionCode(code: string): boolean {
  return JURISDICTION_CODE.test(code);
}

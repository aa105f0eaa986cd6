import { refuseProblems } from '@civic/util';
import { yearProblems } from '@civic/voting-domain';
import { requireJurisdictionCode } from '../jurisdictions';

/** The year and county of a paper-totals request, checked; the county code as stored. */
export function requireCountyCode(year: number, countyCodeInput: string): string {
  refuseProblems(yearProblems(year));
  return requireJurisdictionCode(countyCodeInput.trim(), 'countyCode');
}

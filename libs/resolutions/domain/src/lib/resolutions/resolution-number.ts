/** The public number of a resolution: its congress year and its sequence that year, e.g. "2027-0014". */
export function formatResolutionNumber(year: number, sequence: number): string {
  if (!Number.isSafeInteger(year) || year < 0 || !Number.isSafeInteger(sequence) || sequence < 1) {
    throw new RangeError(`invalid resolution number: year ${year}, sequence ${sequence}`);
  }
  return `${year}-${String(sequence).padStart(4, '0')}`;
}

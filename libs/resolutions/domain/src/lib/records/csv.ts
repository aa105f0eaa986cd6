export type CsvCell = string | number | boolean | null | Date;

/** Characters that make a spreadsheet read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * An RFC 4180 CSV document (CRLF line ends, a header row). A cell is quoted when it holds a
 * comma, a quote or a line break. Text cells that a spreadsheet would run as a formula get a
 * leading single quote: exports hold residents' own words.
 */
export function toCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<CsvCell>>): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',') + '\r\n').join('');
}

export function csvCell(value: CsvCell): string {
  let text: string;
  if (value === null) text = '';
  else if (value instanceof Date) text = value.toISOString();
  else if (typeof value === 'string') text = FORMULA_START.test(value) ? `'${value}` : value;
  else text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

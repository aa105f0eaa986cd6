import { CsvError, parse } from 'csv-parse/sync';
import { isPlausibleEmail, normalizeEmail } from '../accounts';
import { isValidJurisdictionCode } from '../residency';

/**
 * The voter-roll CSV: a header row, then one voter per line. Column order is free, header
 * names are case-insensitive, extra columns are ignored.
 *
 *   voter_id,first_name,last_name,email,jurisdiction_code
 *   WI-000123,Ann,Smith,ann@example.org,55025
 */
export const VOTER_ROLL_COLUMNS = ['voter_id', 'first_name', 'last_name', 'email', 'jurisdiction_code'] as const;
export type VoterRollColumn = (typeof VOTER_ROLL_COLUMNS)[number];

/** Largest CSV accepted in one import, in bytes (UTF-8). */
export const MAX_VOTER_ROLL_BYTES = 4 * 1024 * 1024;

export const VOTER_ROLL_REJECTION_REASONS = [
  'MALFORMED_ROW',
  'MISSING_FIELD',
  'INVALID_EMAIL',
  'INVALID_JURISDICTION_CODE',
  'DUPLICATE_VOTER_ID',
  'DUPLICATE_EMAIL',
] as const;
export type VoterRollRejectionReason = (typeof VOTER_ROLL_REJECTION_REASONS)[number];

export interface VoterRollRow {
  /** 1-based line number in the file, for the report. */
  line: number;
  voterId: string;
  firstName: string;
  lastName: string;
  email: string;
  jurisdictionCode: string;
}

export interface VoterRollRejection {
  line: number;
  reason: VoterRollRejectionReason;
  message: string;
}

export interface ParsedVoterRoll {
  rows: VoterRollRow[];
  rejections: VoterRollRejection[];
}

/** The file as a whole is unusable (no header, bad quoting, too big): nothing is imported. */
export class VoterRollFormatError extends Error {
  override readonly name = 'VoterRollFormatError';
}

/**
 * Parses and validates a voter roll. Rows that are malformed, incomplete, invalid or
 * repeat an earlier row's voter id or email are rejected with a reason; the first
 * occurrence of a duplicate is kept. Rows are never matched to accounts (by email or
 * otherwise): each becomes a roll entry that a person claims with a one-time voter code.
 */
export function parseVoterRoll(csv: string): ParsedVoterRoll {
  if (Buffer.byteLength(csv, 'utf8') > MAX_VOTER_ROLL_BYTES) {
    throw new VoterRollFormatError(`the file is larger than ${MAX_VOTER_ROLL_BYTES} bytes; split it`);
  }
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(csv.replace(/^\uFEFF/, ''), {
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  } catch (error) {
    const line = error instanceof CsvError ? (error as CsvError & { lines?: number }).lines : undefined;
    throw new VoterRollFormatError(`the CSV cannot be read${line ? ` (line ${line})` : ''}: fix its quoting`, {
      cause: error,
    });
  }
  const [header, ...body] = records;
  if (!header) throw new VoterRollFormatError('the file is empty: expected a header row');
  const columns = columnIndexes(header.record);

  const rows: VoterRollRow[] = [];
  const rejections: VoterRollRejection[] = [];
  const seenVoterIds = new Set<string>();
  const seenEmails = new Set<string>();
  for (const { record, info } of body) {
    const line = info.lines;
    const reject = (reason: VoterRollRejectionReason, message: string) => rejections.push({ line, reason, message });
    if (record.length !== header.record.length) {
      reject('MALFORMED_ROW', `expected ${header.record.length} fields, found ${record.length}`);
      continue;
    }
    const field = (column: VoterRollColumn) => record[columns[column]] ?? '';
    const missing = VOTER_ROLL_COLUMNS.filter((column) => field(column) === '');
    if (missing.length > 0) {
      reject('MISSING_FIELD', `empty ${missing.join(', ')}`);
      continue;
    }
    const email = normalizeEmail(field('email'));
    if (!isPlausibleEmail(email)) {
      reject('INVALID_EMAIL', 'email is not a valid address');
      continue;
    }
    const jurisdictionCode = field('jurisdiction_code').toUpperCase();
    if (!isValidJurisdictionCode(jurisdictionCode)) {
      reject('INVALID_JURISDICTION_CODE', 'jurisdiction_code must be 1–16 letters, digits or dashes');
      continue;
    }
    const voterId = field('voter_id');
    if (seenVoterIds.has(voterId)) {
      reject('DUPLICATE_VOTER_ID', 'this voter_id appears on an earlier line');
      continue;
    }
    if (seenEmails.has(email)) {
      reject('DUPLICATE_EMAIL', 'this email appears on an earlier line');
      continue;
    }
    seenVoterIds.add(voterId);
    seenEmails.add(email);
    rows.push({ line, voterId, firstName: field('first_name'), lastName: field('last_name'), email, jurisdictionCode });
  }
  return { rows, rejections };
}

function columnIndexes(header: string[]): Record<VoterRollColumn, number> {
  const names = header.map((name) => name.trim().toLowerCase());
  const missing = VOTER_ROLL_COLUMNS.filter((column) => !names.includes(column));
  if (missing.length > 0) {
    throw new VoterRollFormatError(`the header row lacks ${missing.join(', ')} (expected ${VOTER_ROLL_COLUMNS.join(',')})`);
  }
  return Object.fromEntries(VOTER_ROLL_COLUMNS.map((column) => [column, names.indexOf(column)])) as Record<VoterRollColumn, number>;
}

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** One line of the printed table (and of the JSON report's `figures`). */
export interface Figure {
  /** Stable key, e.g. "surge.gateway.ballotsPerSecond". */
  key: string;
  label: string;
  value: number | boolean | null;
  unit: string;
  /** The target in words; empty when the figure is informational. */
  target: string;
  /** value / the baseline's value, where a baseline exists. */
  ratioToBaseline: number | null;
  /** null: no target, or not measured. */
  pass: boolean | null;
}

export function figure(
  key: string,
  label: string,
  value: number | boolean | null,
  unit: string,
  target = '',
  pass: boolean | null = null,
  ratioToBaseline: number | null = null,
): Figure {
  return { key, label, value, unit, target, ratioToBaseline, pass: value === null ? (target ? false : null) : pass };
}

/** Fixed-width table for the terminal. */
export function formatTable(figures: readonly Figure[]): string {
  const rows = [
    ['figure', 'value', 'target', 'vs baseline', 'result'],
    ...figures.map((f) => [
      f.label,
      formatValue(f.value, f.unit),
      f.target,
      f.ratioToBaseline === null ? '' : `${f.ratioToBaseline.toFixed(2)}×`,
      f.pass === null ? '' : f.pass ? 'pass' : 'FAIL',
    ]),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: string[]) =>
    row
      .map((cell, column) => (column === 1 || column === 3 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd();
  return [line(rows[0]!), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

function formatValue(value: Figure['value'], unit: string): string {
  if (value === null) return 'not measured';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  const text = Number.isInteger(value) ? value.toLocaleString('en-US') : value.toLocaleString('en-US', { maximumFractionDigits: 2 });
  return unit ? `${text} ${unit}` : text;
}

/** tmp/bench/report-<timestamp>.json under the workspace root; returns the file written. */
export function writeReport(rootDir: string, report: unknown, at = new Date()): string {
  const dir = path.join(rootDir, 'tmp', 'bench');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `report-${at.toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify(report, null, 2) + '\n');
  return file;
}

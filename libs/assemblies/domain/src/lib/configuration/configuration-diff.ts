/** One changed value of a configuration, by path ("calendar.countyMeeting.nth"). */
export interface ConfigurationFieldChange {
  path: string;
  before: unknown;
  after: unknown;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The leaf-level differences between two JSON-like documents. Arrays are compared as
 * whole values (their order matters: seat n's class is the nth entry), objects by key.
 */
export function diffConfiguration(before: unknown, after: unknown, path = ''): ConfigurationFieldChange[] {
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((key) => diffConfiguration(before[key], after[key], path ? `${path}.${key}` : key));
  }
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  return [{ path: path || '(root)', before: before === undefined ? null : before, after: after === undefined ? null : after }];
}

export interface DiffPart {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/** Words and the whitespace between them, so that joining the tokens gives the text back. */
export function tokenizeWords(text: string): string[] {
  return text.match(/\s+|[^\s]+/g) ?? [];
}

/**
 * A word-level diff of two versions of a text (longest common subsequence of words and
 * whitespace). Joining the equal and delete parts gives `before`; equal and insert, `after`.
 */
export function diffWords(before: string, after: string): DiffPart[] {
  const a = tokenizeWords(before);
  const b = tokenizeWords(after);
  // Common prefix and suffix first: edits are usually local, which keeps the table small.
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) {
    suffix++;
  }
  const midA = a.slice(prefix, a.length - suffix);
  const midB = b.slice(prefix, b.length - suffix);

  const parts: DiffPart[] = [];
  const push = (op: DiffPart['op'], text: string) => {
    if (text.length === 0) return;
    const last = parts[parts.length - 1];
    if (last && last.op === op) last.text += text;
    else parts.push({ op, text });
  };

  push('equal', a.slice(0, prefix).join(''));
  for (const part of lcsDiff(midA, midB)) push(part.op, part.text);
  push('equal', a.slice(a.length - suffix).join(''));
  return parts;
}

/** Above this many table cells (about 16 MB), a changed middle is shown as replaced whole. */
const MAX_LCS_CELLS = 4_000_000;

function lcsDiff(a: readonly string[], b: readonly string[]): DiffPart[] {
  const n = a.length;
  const m = b.length;
  if ((n + 1) * (m + 1) > MAX_LCS_CELLS) {
    return [...a.map((text) => ({ op: 'delete' as const, text })), ...b.map((text) => ({ op: 'insert' as const, text }))];
  }
  const width = m + 1;
  // lengths[i * width + j] = LCS length of a[i..] and b[j..]
  const lengths = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i * width + j] =
        a[i] === b[j] ? (lengths[(i + 1) * width + j + 1] ?? 0) + 1 : Math.max(lengths[(i + 1) * width + j] ?? 0, lengths[i * width + j + 1] ?? 0);
    }
  }
  const out: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const tokenA = a[i] ?? '';
    const tokenB = b[j] ?? '';
    if (tokenA === tokenB) {
      out.push({ op: 'equal', text: tokenA });
      i++;
      j++;
    } else if ((lengths[(i + 1) * width + j] ?? 0) >= (lengths[i * width + j + 1] ?? 0)) {
      out.push({ op: 'delete', text: tokenA });
      i++;
    } else {
      out.push({ op: 'insert', text: tokenB });
      j++;
    }
  }
  for (; i < n; i++) out.push({ op: 'delete', text: a[i] ?? '' });
  for (; j < m; j++) out.push({ op: 'insert', text: b[j] ?? '' });
  return out;
}

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ErrorCode } from '@civic/contracts';

const root = path.resolve(__dirname, '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

/** The codes named in the first column of the error table in docs/api-conventions.md. */
function documentedErrorCodes(markdown: string): string[] {
  const lines = markdown.slice(markdown.indexOf('| code | meaning |')).split('\n');
  const end = lines.findIndex((line) => !line.startsWith('|'));
  return lines
    .slice(2, end === -1 ? undefined : end)
    .flatMap((row) => [...(row.split('|')[1] ?? '').matchAll(/`([A-Z_]+)`/g)].map((match) => match[1]!))
    .sort();
}

describe('docs/api-conventions.md', () => {
  it('documents every error code clients can receive, and no other', () => {
    expect(documentedErrorCodes(read('docs/api-conventions.md'))).toEqual(Object.keys(ErrorCode).sort());
  });

  it('reads the table it checks (a code left out is noticed)', () => {
    const markdown = '| code | meaning |\n| --- | --- |\n| `A`, `B` | x |\n| **group** | |\n| `C` | y |\n\nText with `D`.\n';
    expect(documentedErrorCodes(markdown)).toEqual(['A', 'B', 'C']);
  });
});

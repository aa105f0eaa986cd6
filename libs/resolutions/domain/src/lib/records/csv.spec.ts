import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { toCsv } from './csv';

describe('toCsv', () => {
  it('writes a header and rows with CRLF line ends, quoting only when needed', () => {
    expect(
      toCsv(
        ['number', 'title', 'votes', 'open'],
        [
          ['2027-0001', 'Deer, elk and "bear"', 12, true],
          ['2027-0002', 'Line\nbreak', 0, false],
        ],
      ),
    ).toBe('number,title,votes,open\r\n2027-0001,"Deer, elk and ""bear""",12,true\r\n2027-0002,"Line\nbreak",0,false\r\n');
  });

  it('writes null as empty and Dates as ISO', () => {
    expect(toCsv(['a', 'b'], [[null, new Date('2027-04-12T18:00:00Z')]])).toBe('a,b\r\n,2027-04-12T18:00:00.000Z\r\n');
  });

  it('neutralises spreadsheet formulas in text, not in numbers', () => {
    expect(toCsv(['x'], [['=HYPERLINK("http://evil")'], ['+1'], ['-1'], ['@SUM(A1)'], [-1]])).toBe(
      'x\r\n"\'=HYPERLINK(""http://evil"")"\r\n\'+1\r\n\'-1\r\n\'@SUM(A1)\r\n-1\r\n',
    );
  });

  it('round-trips through an RFC 4180 parser (property)', () => {
    const safeText = fc.string({ unit: 'grapheme' }).filter((s) => !/^[=+\-@\t\r]/.test(s));
    fc.assert(
      fc.property(fc.array(fc.array(safeText, { minLength: 2, maxLength: 2 }), { maxLength: 5 }), (rows) => {
        const parsed = parse(toCsv(['a', 'b'], rows), { relax_column_count: false }) as string[][];
        expect(parsed).toEqual([['a', 'b'], ...rows]);
      }),
    );
  });
});

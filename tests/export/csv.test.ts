import { describe, expect, it } from 'vitest';
import { BOM, csvCell, csvLine } from '../../src/formats/csv.js';
import { markdownRow } from '../../src/formats/markdown.js';

describe('CSV cells', () => {
  it('quotes as RFC 4180 says: commas, quotes, line breaks, edge spaces', () => {
    expect(csvLine(['plain', 'a,b', 'say "hi"', 'two\nlines', ' padded', 3, true, null])).toBe(
      'plain,"a,b","say ""hi""","two\nlines"," padded",3,true,\r\n',
    );
  });

  it('defuses cells a spreadsheet would run as formulas (OWASP)', () => {
    expect(['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\tx', '\rx', '\nx'].map(csvCell)).toEqual([
      "'=1+1",
      "'+SUM(A1)",
      "'-2+3",
      "'@cmd",
      "'\tx",
      `"'\nx"`, // a lone CR would overwrite the line on a terminal: it becomes a line break
      `"'\nx"`,
    ]);
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('keeps Chinese text as UTF-8; the BOM is the byte sequence Excel looks for', () => {
    expect(csvCell('您好,请问')).toBe('"您好,请问"');
    expect(Buffer.from(BOM, 'utf8')).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });
});

describe('Markdown cells', () => {
  it('cannot break the table or inject HTML', () => {
    expect(markdownRow(['a|b', 'line\nbreak', '<script>', null])).toBe(
      '| a\\|b | line break | &lt;script&gt; |  |\n',
    );
  });
});

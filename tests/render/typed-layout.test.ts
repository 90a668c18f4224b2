import { describe, expect, it } from 'vitest';
import { layoutTyped } from '../../src/render/typed-layout.js';
import { displayWidth } from '../../src/render/width.js';

const en = 'I understand the delivery is late and that is frustrating for you';
const zh = '我理解您的心情，包裹延误确实让人着急，我马上帮您查询物流信息。';

/** The character the cursor is on, read back from the layout. */
function under(text: string, cursor: number, width: number): string {
  const { lines, row, col } = layoutTyped(text, cursor, width);
  let w = 0;
  for (const ch of lines[row]!) {
    if (w === col) return ch;
    w += displayWidth(ch);
  }
  return '';
}

describe('the text being typed, laid out by display width', () => {
  for (const width of [37, 97]) {
    it(`breaks English between words and Chinese between characters at ${width} columns`, () => {
      const long = `${en} ${en}`;
      const lines = layoutTyped(long, long.length, width).lines;
      expect(lines.length).toBeGreaterThan(1);
      for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(width);
      // Every line ends at the end of a word: the words are those of the text, whole.
      expect(lines.join(' ').split(/\s+/)).toEqual(long.split(' '));
      const cn = layoutTyped(zh + zh + zh, 0, width).lines;
      for (const l of cn) expect(displayWidth(l)).toBeLessThanOrEqual(width);
      expect(cn.join('')).toBe(zh + zh + zh);
    });
  }

  it('puts the cursor on the character it stands before, wherever the line breaks', () => {
    for (const text of [en, zh]) {
      for (let i = 0; i < text.length; i++) {
        if (text[i] === ' ') continue;
        expect(under(text, i, 20)).toBe(text[i]);
      }
    }
  });

  it('at the end the cursor follows the last character; a space at the edge starts the next line', () => {
    expect(layoutTyped('hello', 5, 20)).toEqual({ lines: ['hello'], row: 0, col: 5 });
    expect(layoutTyped('hello world', 11, 11)).toEqual({ lines: ['hello world'], row: 0, col: 11 });
    expect(layoutTyped('hello world ', 12, 11)).toEqual({
      lines: ['hello world', ''],
      row: 1,
      col: 0,
    });
    expect(layoutTyped('你好', 2, 20)).toEqual({ lines: ['你好'], row: 0, col: 4 });
  });

  it('a word longer than a line breaks between its characters; control characters take one column', () => {
    expect(layoutTyped('abcdefghijkl', 12, 5).lines).toEqual(['abcde', 'fghij', 'kl']);
    expect(layoutTyped('a\tb', 3, 10)).toEqual({ lines: ['a b'], row: 0, col: 3 });
  });
});

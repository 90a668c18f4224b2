import { describe, expect, it } from 'vitest';
import { sanitize } from '../../src/render/sanitize.js';
import { displayWidth, table, truncate } from '../../src/render/width.js';

describe('sanitize', () => {
  it('removes escape sequences: colours, cursor moves, OSC titles and OSC 8 links', () => {
    expect(sanitize('\u001b[31mred\u001b[0m')).toBe('red');
    expect(sanitize('a\u001b[2J\u001b[Hb')).toBe('ab');
    expect(sanitize('\u001b]0;pwned title\u0007ok')).toBe('ok');
    expect(sanitize('\u001b]8;;https://evil.example\u001b\\click\u001b]8;;\u001b\\')).toBe('click');
    expect(sanitize('x\u009b31my')).toBe('xy');
  });

  it('removes bare controls, carriage returns that overwrite, and bidi overrides', () => {
    expect(sanitize('safe\rEVIL')).toBe('safe\nEVIL');
    expect(sanitize('bell\u0007 back\u0008space')).toBe('bell backspace');
    expect(sanitize('abc\u202Edef\u2066')).toBe('abcdef');
  });

  it('keeps ordinary text, Chinese, emoji, newlines and tabs', () => {
    const text = '您好!请问有什么可以帮您?\n\tDid I get that right? 👍';
    expect(sanitize(text)).toBe(text);
  });
});

describe('display width', () => {
  it('counts CJK and full-width characters as two columns', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('倾听')).toBe(4);
    expect(displayWidth('ＡＢ')).toBe(4);
    expect(displayWidth('\u001b[1mab\u001b[0m')).toBe(2);
  });

  it('truncates without splitting a wide character', () => {
    expect(truncate('倾听事实与情感', 7)).toBe('倾听事…');
    expect(displayWidth(truncate('倾听事实与情感', 7))).toBeLessThanOrEqual(7);
  });

  it('lines up table columns that mix Chinese and English', () => {
    const lines = table([
      ['SET', 'TITLE', 'ITEMS'],
      ['listening', '倾听:事实与情感', '23'],
      ['phone', 'Phone calls', '20'],
    ]).split('\n');
    const col = (line: string) => displayWidth(line.slice(0, line.lastIndexOf(' ') + 1));
    expect(new Set(lines.map(col)).size).toBe(1);
  });
});

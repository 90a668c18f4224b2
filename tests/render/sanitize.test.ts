import { describe, expect, it } from 'vitest';
import { sanitize } from '../../src/render/sanitize.js';
import { displayWidth, table, truncate, wrap } from '../../src/render/width.js';

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

describe('wrap', () => {
  it('breaks English between words and Chinese between characters, never beyond the width', () => {
    const en = wrap(
      'Open questions let the customer say freely what they think and uncover the situation',
      30,
    );
    expect(en.split('\n').every((l) => displayWidth(l) <= 30)).toBe(true);
    expect(en).toContain('Open questions let the');
    expect(en.replace(/\n/g, ' ')).toBe(
      'Open questions let the customer say freely what they think and uncover the situation',
    );
    const zh = wrap('倾听是一种情感活动，而不只是“听见”。要听两样东西：事实和情感。', 20);
    expect(zh.split('\n').every((l) => displayWidth(l) <= 20)).toBe(true);
    expect(zh.replace(/\n/g, '')).toBe(
      '倾听是一种情感活动，而不只是“听见”。要听两样东西：事实和情感。',
    );
  });

  it('keeps the indentation of a wrapped line', () => {
    expect(wrap('  ✗ a rather long criterion label that will not fit', 24).split('\n')[1]).toMatch(
      /^ {2}\S/,
    );
  });
});

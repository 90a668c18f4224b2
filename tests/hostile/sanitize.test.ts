// The display-boundary filter against the sequences the hostile corpus carries.
import { describe, expect, it } from 'vitest';
import { sanitize } from '../../src/render/sanitize.js';

describe('sanitize: hostile sequences', () => {
  it('drops 8-bit DCS, SOS, PM and APC strings with their payload, like their ESC forms', () => {
    expect(sanitize('S\u0090pwned-dcs\u009c ok')).toBe('S ok');
    expect(sanitize('x\u0098sos\u009cy\u009epm\u009cz\u009fapc\u009c!')).toBe('xyz!');
    expect(sanitize('a\u001bPdcs\u001b\\b')).toBe('ab');
  });

  it('drops two- and three-byte escapes whole: ESC c (reset), ESC 7/8 (cursor), ESC ( B (charset)', () => {
    expect(sanitize('Because\u001b[2J\u001b[3J\u001bc reset')).toBe('Because reset');
    expect(sanitize('a\u001b7b\u001b8c')).toBe('abc');
    expect(sanitize('x\u001b(By')).toBe('xy');
    expect(sanitize('end\u001b')).toBe('end');
  });

  // Quadratic backtracking on 100k characters would run for minutes and hit the test timeout.
  it('finishes 100k characters of half-sequences and leaves no escape behind', () => {
    for (const piece of ['\u001b[', '\u001b]', '\u001bP', '\u0090', '\u009d', '\u009b1;'])
      expect(sanitize(piece.repeat(100_000 / piece.length))).not.toMatch(/[\u001b\u0080-\u009f]/);
  });
});

// Shared settings and generators for the property-based tests. `npm test` runs a small, seeded
// number of cases on texts of up to 10k characters (that the work grows linearly with the text
// is counted in work-bounds.test.ts); `npm run soak` (FUZZ_RUNS=20000) runs many more with the
// same seed, on 100k-character texts.
import { appendFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, expect } from 'vitest';
import type { Problem } from '../../src/errors.js';

/** Cases per ordinary property. */
export const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
/** Cases per property that feeds huge strings. */
export const BIG_RUNS = Math.max(2, Math.round(RUNS / 50));
/** Length of a huge string: 10k characters in `npm test`, 100k in a soak (FUZZ_HUGE overrides). */
export const HUGE = Number(process.env.FUZZ_HUGE ?? (RUNS >= 1000 ? 100_000 : 10_000));
/** Per-test hang guard that grows with the number of cases (a soak runs for many minutes). */
export const TIMEOUT = Math.max(120_000, RUNS * 150);
/** Fixed so CI failures reproduce; FUZZ_SEED overrides it to explore further. */
export const SEED = Number(process.env.FUZZ_SEED ?? 20260811);

const counts = new Map<string, number>();

/** Runs a property with the shared seed and counts its generated cases for the closing report. */
export function check<T>(
  name: string,
  arb: fc.Arbitrary<T>,
  predicate: (value: T) => void,
  numRuns = RUNS,
): void {
  let n = 0;
  fc.assert(
    fc.property(arb, (value) => {
      n++;
      predicate(value);
    }),
    { numRuns, seed: SEED, endOnFailure: true },
  );
  counts.set(name, (counts.get(name) ?? 0) + n);
}

/**
 * Prints this file's counts after its tests, and the running total over the fuzz files of this
 * vitest run (they share a tally file keyed by the vitest process): the last line printed is the total.
 */
export function reportCounts(file: string): void {
  afterAll(() => {
    const mine = [...counts.values()].reduce((a, b) => a + b, 0);
    const tally = join(tmpdir(), `cs-drill-fuzz-tally-${process.ppid}.txt`);
    appendFileSync(tally, `${file} ${mine}\n`);
    const total = readFileSync(tally, 'utf8')
      .split('\n')
      .filter(Boolean)
      .reduce((sum, line) => sum + Number(line.split(' ')[1]), 0);
    const lines = [...counts].map(([name, n]) => `  ${String(n).padStart(6)}  ${name}`);
    console.log(
      `fuzz ${file}: ${mine} generated cases (seed ${SEED}, FUZZ_RUNS ${RUNS})\n${lines.join('\n')}\nfuzz total so far in this run: ${total}`,
    );
  });
}

/** Characters that break naive code: controls, escapes, C1, bidi marks, combining marks, surrogates. */
const NASTY = [
  '\u0000',
  '\u0007',
  '\b',
  '\t',
  '\n',
  '\r',
  '\u000b',
  '\u000c',
  '\u001b',
  '\u001b[31m',
  '\u001b]0;pwned\u0007',
  '\u001b]8;;https://evil.example\u001b\\',
  '\u007f',
  '\u0085',
  '\u009b',
  '\u009d',
  '\u00a0',
  '\u200b',
  '\u200d',
  '\u200e',
  '\u200f',
  '\u202a',
  '\u202e',
  '\u2066',
  '\u2069',
  '\u061c',
  '\u2028',
  '\u2029',
  '\ufeff',
  '\ufffd',
  '\u0301',
  '\u0308',
  '\u20dd',
  '\ud83d\ude00',
  '\ud83d',
  '\ude00',
  '\ud800\udc00',
  '👍🏽',
  '👨‍👩‍👧',
  'é',
  'ß',
  'İ',
  'ﬁ',
  'Ａ',
  '１',
  '？',
  '。',
  '、',
  '〜',
  '您',
  '吗',
  '嗎',
  '不',
  '知道',
  'か',
  'カ',
  'ｶ',
  '...',
  '…',
  '?',
  '!',
  '.',
  ',',
  "'",
  '"',
  ' ',
  '  ',
  "don't",
  "I don't know",
  'calm down',
  '冷静',
  '不知道',
  'what',
  'could you',
  '请问',
  '- ',
  ': ',
  '#',
  '&a',
  '*a',
  '!!',
  '{',
  '}',
  '[',
  ']',
  '|',
  '>',
  '%',
  '@',
  '`',
  '\\',
  '__proto__',
  'constructor',
];

/** Random text made of nasty pieces and arbitrary UTF-16 code units (lone surrogates included). */
export const nastyText = (maxLength = 40): fc.Arbitrary<string> =>
  fc
    .array(
      fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
        { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
        { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
        {
          weight: 1,
          arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
        },
      ),
      { maxLength },
    )
    .map((parts) => parts.join(''));

/** A HUGE-character string (±10%): one nasty piece repeated, or a long random mix. */
export const hugeText: fc.Arbitrary<string> = fc
  .tuple(nastyText(30), fc.integer({ min: HUGE * 0.9, max: HUGE * 1.1 }))
  .map(([piece, size]) => {
    const unit = piece.length > 0 ? piece : 'a';
    return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  });

/** YAML-looking text: indicators, keys of the drill format, scalars and nasty pieces glued together. */
export const yamlishText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '\n',
        '\n  ',
        '\n    ',
        '- ',
        ': ',
        '? ',
        '[',
        ']',
        '{',
        '}',
        ', ',
        '&x ',
        '*x',
        '!!str ',
        '!!js/function ',
        '!x ',
        '|\n  ',
        '>-\n  ',
        '"',
        "'",
        '# c',
        '---\n',
        '...\n',
        'format: 1',
        'id: a',
        'lang: en',
        'items:',
        'kind: ask',
        'answers:',
        'set: x',
        'null',
        '~',
        'true',
        '1e400',
        '0x1F',
        '.nan',
        '001',
        'yes',
      ),
      nastyText(6),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

/** Every problem says what, where and how: a code, a message, the file and a 1-based line. */
export function expectWellFormedProblems(
  problems: readonly Problem[],
  file: string,
  opts: { lineRequired?: boolean } = {},
): void {
  expect(problems.length).toBeGreaterThan(0);
  for (const p of problems) {
    expect(p.code).toMatch(/^[a-z][a-z0-9-]*$/);
    expect(typeof p.message).toBe('string');
    expect(p.message.length).toBeGreaterThan(0);
    expect(p.file).toBe(file);
    if (opts.lineRequired !== false || p.line !== undefined) {
      expect(Number.isInteger(p.line)).toBe(true);
      expect(p.line).toBeGreaterThanOrEqual(1);
      if (p.col !== undefined) expect(p.col).toBeGreaterThanOrEqual(1);
    }
  }
}

/** The pieces that cost the judges most when repeated: fillers, question marks, gaps, CJK. */
export const WORST_PIECES = [
  "I don't know ",
  '? ',
  '吗？',
  '... ',
  '不知道，',
  'calm down, ',
  '\u0301',
  '\u202e',
  'か？',
  'what ',
];

/** `piece` repeated to exactly `length` characters. */
export function repeated(piece: string, length: number): string {
  return piece.repeat(Math.ceil(length / piece.length)).slice(0, length);
}

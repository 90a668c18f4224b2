// Work the detector's structures save (counted, never timed): a reply's sentences are read once
// for every structure, a reply without a Han character tries none of the Chinese structures
// or dead-end forms (each of them needs one), and one with neither kana nor Han none of the
// Japanese structures; an English dead-end form is searched for only in a reply holding one of its
// cues.
import { expect, test } from 'vitest';
import { deadEndFormTries } from '../../src/judge/phrases/dead-end.js';
import { structureTries } from '../../src/judge/phrases/detect.js';
import { sentenceSpanReads } from '../../src/judge/phrases/reply-model.js';
import { detect } from './phrases-helpers.js';

const counted = (read: () => number, text: string) => {
  const before = read();
  const hits = detect(text);
  return { n: read() - before, hits };
};

test("an English reply's sentences are read once, however many structures ask", () => {
  const { n, hits } = counted(
    sentenceSpanReads,
    'Thanks for waiting. I have your file open. We will get this sorted today.',
  );
  expect(hits).toEqual([]);
  expect(n).toBe(1);
});

test('a reply without kana or Han characters tries no Chinese or Japanese structure', () => {
  const { n, hits } = counted(structureTries, 'Thanks for waiting. I have your file open.');
  expect(hits).toEqual([]);
  // The twenty-one English structures; not the twenty-two Chinese ones or the eleven Japanese ones.
  expect(n).toBe(21);
  // English dead-end forms only (the Japanese ones need kana, the Chinese ones a Han character), and
  // of the twenty only the two whose cues the reply holds: "your" (the customer's own thing).
  expect(counted(deadEndFormTries, 'Thanks for waiting. I have your file open.').n).toBe(2);
});

test('a Chinese reply tries the Chinese structures, and still finds them', () => {
  const plain = counted(structureTries, '好的，我帮您查一下。');
  expect(plain.hits).toEqual([]);
  // Every language's structures: 21 English, 12 Japanese, 23 Chinese.
  expect(plain.n).toBe(56);
  // The five Chinese dead-end forms; no English one finds its cue.
  expect(counted(deadEndFormTries, '好的，我帮您查一下。').n).toBe(5);
  // A rule closed on itself (zh-tautology.ts) and a dead end told with no one named (dead-end.ts).
  expect(detect('规定就是规定。').length).toBeGreaterThan(0);
  expect(detect('这台车修不好了。').length).toBeGreaterThan(0);
});

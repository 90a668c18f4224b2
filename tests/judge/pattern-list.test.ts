// Stock lists of the restatement judge tried only where an answer can hold them (counted, never
// timed): the patterns an answer may hold include every one it does, and are few.
import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/free-text.js';
import { CHECK_PATTERNS, FEELING_STOCK } from '../../src/judge/paraphrase/cues.js';
import { findAny, normalise, prepareAnswer } from '../../src/judge/text/index.js';
import {
  patternKeyReads,
  patternList,
  possiblePatterns,
} from '../../src/judge/text/pattern-list.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const ANSWERS = [
  "So you've waited two weeks and nobody called you back — that's so frustrating. Is that right?",
  'I understand how annoying this must be; you were promised a refund.',
  "you're right, that is just not good enough, have I got that right",
  'I’m sorry — “not my job” isn’t what you should hear.',
  '我理解您的心情，您等了两个星期都没人回电话，对吗？',
  '明白你嘅感受，你等咗兩個禮拜都冇人覆你，係咪呀？',
  'お待たせして申し訳ありません。二週間もご連絡がなかったのですね？',
  '',
];

test.each([
  ['feeling stock', FEELING_STOCK],
  ['checks', CHECK_PATTERNS],
])('%s: every pattern an answer holds is among those it may hold, in list order', (_, list) => {
  const indexed = patternList(list);
  for (const answer of ANSWERS)
    for (const text of [prepareAnswer(answer), normalise(answer, { convert: false })]) {
      const possible = possiblePatterns(indexed, text);
      const held = list.filter((p) => findAny([p], text) !== null);
      expect(held.filter((p) => !possible.includes(p))).toEqual([]);
      expect(list.filter((p) => possible.includes(p))).toEqual(possible);
    }
});

test('an English answer may hold few of the stock feelings', () => {
  const indexed = patternList(FEELING_STOCK);
  const possible = possiblePatterns(indexed, prepareAnswer(ANSWERS[0] as string));
  expect(possible.length).toBeGreaterThan(0);
  expect(possible.length * 10).toBeLessThan(FEELING_STOCK.length);
});

test("a restatement's words are read once for all the stock lists", () => {
  const judge = createJudge(resources);
  const item = restatementItem('I waited two weeks and nobody called me back!', [
    ['wait', ['two weeks']],
  ]);
  const before = patternKeyReads();
  const j = judge.judge(item, ANSWERS[0] as string, 'en');
  expect(patternKeyReads() - before).toBe(1);
  expect(j.criteria.find((c) => c.id === 'feeling')?.met).toBe(true);
  expect(j.criteria.find((c) => c.id === 'check-question')?.met).toBe(true);
});

test('a short list is matched from its own keys: the same patterns as from the answer’s', () => {
  // Fewer keys than an answer has words: possiblePatterns walks the list's keys instead.
  const short = patternList(['that must be', 'is that right', '对吗', 'so frustrating']);
  const long = patternList([...short.patterns, ...FEELING_STOCK, ...CHECK_PATTERNS]);
  for (const answer of ANSWERS) {
    const text = prepareAnswer(answer);
    // The stock lists hold some of these wordings again: each once, where it first stands.
    const fromLong = possiblePatterns(long, text).filter((p) => short.patterns.includes(p));
    expect(possiblePatterns(short, text)).toEqual([...new Set(fromLong)]);
    const held = short.patterns.filter((p) => findAny([p], text) !== null);
    expect(held.filter((p) => !possiblePatterns(short, text).includes(p))).toEqual([]);
  }
});

// The head-alone reading (head-alone.ts) reads an answer's units only for a compound the customer
// said (counted, never timed): most restatements' facts are no such compound.
import { expect, test } from 'vitest';
import { unitTextReads } from '../../src/judge/text/content.js';
import { headAlone } from '../../src/judge/text/head-alone.js';
import { normalise } from '../../src/judge/text/index.js';

const customer = normalise('I paid for the Thursday cheese-tasting for four at 7:30.');
const phrase = (p: string) => ({ pattern: p, normalised: normalise(p).text });
/** Units read for `answer` (the phrases and the customer read beforehand, on another answer). */
const reads = (phrases: string[], answer: string) => {
  headAlone(phrases.map(phrase), normalise('the warm-up answer'), ['positive'], customer);
  const before = unitTextReads();
  const found = headAlone(phrases.map(phrase), normalise(answer), ['positive'], customer);
  return { reads: unitTextReads() - before, found: found !== null };
};

test('no compound the customer said: the answer is not read', () => {
  expect(reads(['help', 'sort', 'find'], 'So you paid for the tasting at 7:30?')).toEqual({
    reads: 0,
    found: false,
  });
  // Two words, but not side by side in the customer's words.
  expect(reads(['paid four'], 'So you paid for the tasting at 7:30?').reads).toBe(0);
});

test('a compound the customer said: the answer is read, once, and its head found', () => {
  expect(reads(['cheese tasting', 'cheese-tasting'], 'So you paid for the tasting?')).toEqual({
    reads: 1,
    found: true,
  });
});

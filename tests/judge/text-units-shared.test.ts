// A text's content units are read once and shared by every reader (an item's phrases, its
// customer and an answer come back for every phrase): no reader may change them.
import { expect, test } from 'vitest';
import { unitsOf } from '../../src/judge/text/content.js';
import { matchCriterion, prepareAnswer } from '../../src/judge/text/index.js';

const customer = prepareAnswer('My returned sofa is still in the hall and the van never came.');
const answer = prepareAnswer('so the sofa has still not been picked up, and the van never came');
const fact = { id: 'f', label: 'f', any: ['not collected'], weight: 1 };

test('a text is split into units once, however many phrases read it', () => {
  expect(unitsOf(answer.text)).toBe(unitsOf(answer.text));
});

test('a two-word verb read as one word leaves the shared units as they were', () => {
  const before = structuredClone(unitsOf(answer.text));
  const first = matchCriterion(fact, answer, customer);
  // "picked up" stands for "collected": its particle counts as a filler for that reading only.
  expect(first.status).toBe('met');
  expect(unitsOf(answer.text)).toEqual(before);
  expect(matchCriterion(fact, answer, customer)).toEqual(first);
});

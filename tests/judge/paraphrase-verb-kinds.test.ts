import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { sameKind, sameSense } from '../../src/judge/text/en-senses.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

const RABBIT =
  'Our rabbit keeps escaping through the gap under the shed door, and last night a fox nearly got her.';
const RAMP =
  'I pressed the button three times and the ramp on your bus did not move, so I could not get my wheelchair on.';

test('a verb one kind step from the fact’s verb is no word of its sense', () => {
  expect(sameKind('slipping', 'escaping')).toBe(true);
  expect(sameKind('budge', 'move')).toBe(true);
  expect(sameSense('slipping', 'escaping')).toBe(false);
  expect(sameKind('arrived', 'escaping')).toBe(false);
});

test('said beside the customer’s own words, a verb of the fact’s kind retells it', () => {
  expect(
    factStatus(
      judge,
      RABBIT,
      ['escaping'],
      'So your rabbit keeps slipping out through the gap under the shed.',
      'en',
    ),
  ).toBe('met');
  // The kind denied with its doer before it, as the customer denied the fact.
  expect(
    factStatus(
      judge,
      RAMP,
      ["ramp didn't move"],
      'So you pressed three times and the ramp just would not budge, and you could not get your chair on.',
      'en',
    ),
  ).toBe('met');
});

test('away from the customer’s words, or the other way round, it says nothing of the fact', () => {
  // Nothing of the customer's clause beside it: another happening.
  expect(
    factStatus(
      judge,
      RABBIT,
      ['escaping'],
      'So the fox slipped in last night and nearly got your rabbit.',
      'en',
    ),
  ).not.toBe('met');
  // Affirmed where the customer denied it.
  expect(
    factStatus(
      judge,
      RAMP,
      ["ramp didn't move"],
      'So you pressed three times and the ramp did budge in the end.',
      'en',
    ),
  ).not.toBe('met');
});

test('a word the customer said for another part of the story is not the fact’s kind', () => {
  expect(
    factStatus(
      judge,
      'Your claims line told me I am not covered, but my policy says storm damage is included.',
      ['not covered'],
      'So your policy does not include storm damage.',
      'en',
    ),
  ).not.toBe('met');
});

import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { valuesIn } from '../../src/judge/text/values.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const read = (s: string) => valuesIn(s).map((v) => `${v.type}/${v.value}`);

test('values: a hundred said bare after a possessive, and "one-hundred-and-…" as one hyphened count', () => {
  expect(read('she kept your hundred-and-fifty-pound deposit')).toEqual(['money/150']);
  expect(read('a one-hundred-and-fifty-pound deposit')).toEqual(['money/150']);
  expect(read('my hundred pounds')).toEqual(['money/100']);
  // "one-off" and "one-way" still name no count.
  expect(read('a one-off payment of £20')).toEqual(['money/20']);
  expect(read('a one-way ticket')).toEqual([]);
});

/** The feeling and the check as the eval rows list them. */
const closing: [string, string[]][] = [
  ['feeling', ['sorry', 'annoying']],
  ['check', ['is that right', 'is that correct', 'is that a fair summary']],
];

const hall =
  'Your team was meant to take down the balloon display at the community hall by 10pm on Sunday. Nobody came, the hall manager kept our £150 deposit for the overrun, and she is now refusing to rent to us again.';

test('a deposit said as a hyphened amount in words is the same deposit, not a wrong one', () => {
  const j = judge.judge(
    restatementItem(hall, [
      ['nobody', ['nobody came', 'no one came']],
      ['deposit', ['£150', '150', 'deposit']],
      ...closing,
    ]),
    'So nobody came on Sunday night, and the manager held on to your hundred-and-fifty-pound deposit. I am so sorry. Is that correct?',
    'en',
  );
  expect(j.criteria.find((c) => c.id === 'deposit')?.status).toBe('met');
  expect(j.verdict).toBe('pass');
});

const lamp =
  'Your website said the LED grow light covers a 120 by 120 centimetre tent. I bought it for £210. When I emailed, your support said I must have hung it too high, but I followed your manual exactly.';
const lampFacts: [string, string[]][] = [
  ['price', ['£210', '210']],
  ['blame', ['too high', 'hung it too high']],
  ...closing,
];

test('"even though" sets the customer\'s side against what was done: the story, not the agent\'s excuse', () => {
  const j = judge.judge(
    restatementItem(lamp, lampFacts),
    'So you paid £210 for the lamp, and when you wrote to us our team put it down to you mounting it too high, even though you had done exactly what the instructions said. I can see why that is annoying. Is that a fair summary?',
    'en',
  );
  expect(j.forbidden.filter((h) => h.category === 'own-excuse')).toEqual([]);
  expect(j.verdict).toBe('pass');
});

test('the agent\'s own "though" before the check is still an excuse', () => {
  const j = judge.judge(
    restatementItem(lamp, lampFacts),
    'So you paid £210 and support said you hung it too high. We always recommend a lower height in our guides, though. Is that right?',
    'en',
  );
  expect(j.forbidden.some((h) => h.category === 'own-excuse')).toBe(true);
});

const shipped =
  'I am moving to Canada and paid you to ship my piano. It reached Toronto on time, but two keys are cracked. Your report in Leeds said it was perfect.';

test('a place the customer named without a slot word ("reached Toronto") is retold, not a wrong place', () => {
  const j = judge.judge(
    restatementItem(shipped, [['piano', ['piano']], ['keys', ['two keys', 'cracked']], ...closing]),
    'So your piano made it to Toronto on time, but two of its keys are cracked. I am so sorry. Is that right?',
    'en',
  );
  expect(j.criteria.find((c) => c.id === 'piano')?.status).toBe('met');
  expect(j.verdict).toBe('pass');
});

test('a place the customer never named is still a wrong place', () => {
  const j = judge.judge(
    restatementItem(shipped, [
      ['piano', ['piano', 'Canada']],
      ['keys', ['two keys', 'cracked']],
      ...closing,
    ]),
    'So your piano made it to Vancouver, but two of its keys are cracked. I am so sorry. Is that right?',
    'en',
  );
  expect(j.criteria.some((c) => c.status === 'contradicted')).toBe(true);
});

const boxes =
  'We ordered 80 gift hampers for our staff. Only 70 arrived, and 9 of those had broken jars. We have already promised them to the staff for Friday.';
const hamperFacts: [string, string[]][] = [
  ['ordered', ['80', 'eighty']],
  ['arrived', ['70', 'seventy', 'ten short']],
  ['broken', ['9', 'nine', 'broken']],
  ...closing,
];

test('"the ones that did" stands for the verb before it: no insisting that all went well', () => {
  const j = judge.judge(
    restatementItem(boxes, hamperFacts),
    'So you ordered eighty hampers, ten never came, and nine of the ones that did have broken jars, with the staff promised theirs on Friday. I am so sorry. Is that right?',
    'en',
  );
  expect(j.criteria.find((c) => c.id === 'arrived')?.status).not.toBe('contradicted');
  expect(j.verdict).not.toBe('fail');
});

test('emphatic "did" outside a relative clause still tells the story as fine', () => {
  const j = judge.judge(
    restatementItem(boxes, hamperFacts),
    'So you ordered eighty hampers and they did arrive, with nine broken jars. I am so sorry. Is that right?',
    'en',
  );
  expect(j.verdict).toBe('fail');
});

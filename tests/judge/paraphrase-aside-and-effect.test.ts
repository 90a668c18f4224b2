import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { asideExcuses } from '../../src/judge/paraphrase/en-aside-excuse.js';
import { feelingCheck } from '../../src/judge/paraphrase/restate.js';
import { prepareAnswer } from '../../src/judge/text/index.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

// A present participle closing an empathy frame's clause names what the situation does to the
// customer, whatever its verb; one with an object, after an article, or a "-thing" is not.
test.each([
  ["That's gutting.", true],
  ["That's really deflating. Is that right?", true],
  ['That sounds galling for you.', true],
  ['How crushing — is that right?', true],
  ["That's holding up the whole build.", false],
  ["That's a booking for Tuesday.", false],
  ["That's everything.", false],
])('feeling as a participle: %s → %s', (text, met) => {
  expect(feelingCheck(prepareAnswer(text)).met).toBe(met);
});

const shower =
  'Your plumber fitted a new shower on Tuesday for £340. It runs cold after two minutes. I used to shower before work and now I can not. I am so fed up.';
const asides = (answer: string) =>
  asideExcuses(prepareAnswer(answer), prepareAnswer(shower)).map((h) => h.phrase);

test('an aside after a clause of the agent’s habit or rule marks that clause', () => {
  expect(
    asides('So it runs cold after two minutes. Our showers often do that, mind. Sorry.'),
  ).toEqual(['Our showers often do that']);
  expect(asides('So it runs cold, which happens every winter to be fair, since Tuesday.')).toEqual([
    'which happens every winter',
  ]);
  expect(
    asides('So it runs cold. Honestly, new valves always take a week to settle. Sorry.'),
  ).toEqual(['new valves always take a week to settle']);
});

test('no aside: the story retold, a feeling, "changed your mind", a comma-less "honestly"', () => {
  expect(asides('So it runs cold after two minutes on the new shower, to be fair. Sorry.')).toEqual(
    [],
  );
  expect(asides('Honestly, that sounds so frustrating. Is that right?')).toEqual([]);
  expect(asides('So you have changed your mind about the shower? Is that right?')).toEqual([]);
  expect(asides('You told us honestly what happened on Tuesday. Is that right?')).toEqual([]);
  expect(
    asides('It runs cold. To be fair, it was fitted on Tuesday. Sorry. Is that right?'),
  ).toEqual([]);
});

test('a complete restatement with an aside excuse is partial, as with a forbidden phrase', () => {
  const item = restatementItem(shower, [
    ['when', ['Tuesday']],
    ['price', ['£340', '340']],
    ['cold', ['runs cold', 'cold']],
    ['minutes', ['two minutes']],
    ['feeling', ['sorry', 'fed up']],
    ['check', ['is that right']],
  ]);
  const base =
    'So the £340 shower we fitted on Tuesday runs cold after two minutes. I am sorry, no wonder you are fed up. Is that right?';
  expect(judge.judge(item, base, 'en').verdict).toBe('pass');
  expect(
    judge.judge(item, `${base} Our showers always take a while to settle, mind.`, 'en').verdict,
  ).toBe('partial');
});

import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

test.each([
  [
    'the same thing, denied the same way, another verb',
    'We paid for the Thursday quiz night, but the host never turned up and the pub kept our £20.',
    ['host never turned up', 'no host'],
    'So the host didn\u2019t come to the Thursday quiz night and the pub kept your £20. Is that right?',
  ],
  [
    'the first word of the wording with its number',
    'I ordered the catering for forty guests on Sunday and only half the food arrived.',
    ['forty guests', '40 people'],
    'So the catering was for forty on Sunday and half of it came. Is that right?',
  ],
  [
    'the part named by its modifier in other words',
    'I brought the scooter in for a new front tyre and it still wobbles.',
    ['front tyre', 'front wheel'],
    'So the scooter came in to have the front rubber replaced and it still wobbles. Is that right?',
  ],
])('a fact retold in an own-words clause is met: %s', (_n, customer, any, answer) => {
  expect(factStatus(judge, customer, any, answer, 'en')).toBe('met');
});

test.each([
  [
    'said the other way round',
    'We paid for the Thursday quiz night, but the host never turned up and the pub kept our £20.',
    ['host never turned up', 'no host'],
    'So the host was there for the Thursday quiz night and the pub kept your £20. Is that right?',
  ],
  [
    'its number left out',
    'I ordered the catering for forty guests on Sunday and only half the food arrived.',
    ['forty guests', '40 people'],
    'So the catering was for your guests on Sunday and half of it came. Is that right?',
  ],
  [
    'another thing of the same kind',
    'My grandson\u2019s violin lesson at the Mill Lane studio was cancelled again.',
    ['Mill Lane studio', 'Mill Lane'],
    'So the lesson at the Church Lane studio was cancelled again. Is that right?',
  ],
  [
    'a short first word said with another thing',
    'They fitted the wrong oven door and the hob glass is cracked.',
    ['hob glass', 'cracked hob'],
    'So the oven glass is cracked and the door is wrong. Is that right?',
  ],
  [
    'its time left out',
    'I got to your Hill Road launderette at 9pm and it was locked, though the door says open until midnight.',
    ['locked', 'open until midnight'],
    'So you got to the Hill Road launderette at 9pm and it was open, but the machines were off. Is that right?',
  ],
])('a clause that only shares a word is no retelling: %s', (_n, customer, any, answer) => {
  expect(factStatus(judge, customer, any, answer, 'en')).not.toBe('met');
});

test('a denied wording is not contradicted by the closing question ("Have I got that right?")', () => {
  const customer =
    'The courier left the box at the gate, and my neighbour doesn\u2019t have it either.';
  const any = ["doesn't have", 'has not got it'];
  const answer =
    'So the box was left at the gate and your neighbour hasn\u2019t seen it either. Have I got that right?';
  expect(factStatus(judge, customer, any, answer, 'en')).not.toBe('contradicted');
  const reversed =
    'So the box was left at the gate and your neighbour does have it. Is that right?';
  expect(factStatus(judge, customer, any, reversed, 'en')).toBe('contradicted');
});

test('the closing check ("Is that right?") retells no fact of the same word ("right big toe")', () => {
  const customer =
    'Mr Hale removed an ingrown nail on my right big toe on 20 January and it became infected.';
  const answer =
    'So Mr Hale removed the ingrown nail on 20 January and it got infected. Is that right?';
  expect(factStatus(judge, customer, ['right big toe'], answer, 'en')).not.toBe('met');
});

// A wording the customer says with other words between its own ("boiler … cutting out") places
// the clause; an answer clause that shares more than one of its words retells it, one shared
// word (the thing alone) does not.
test('a wording said apart is retold by a clause that shares more than the thing', () => {
  const customer = 'The boiler you fitted keeps cutting out, and the engineer never came back.';
  const any = ['boiler cutting out', 'boiler keeps failing'];
  expect(
    factStatus(
      judge,
      customer,
      any,
      'So the boiler we put in keeps switching itself off. Is that right?',
      'en',
    ),
  ).toBe('met');
  expect(
    factStatus(
      judge,
      customer,
      any,
      'So you have a question about the boiler. Is that right?',
      'en',
    ),
  ).not.toBe('met');
});

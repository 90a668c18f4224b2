import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

const VAN =
  'Your delivery van was booked for 9 on Saturday and turned up at 11:30, so I missed my son’s match. The driver then charged me £30 for carrying the wardrobe upstairs.';
const van = restatementItem(VAN, [
  ['late', ['11:30', 'half past eleven', 'two and a half hours', 'late']],
  ['match', ['match']],
  ['charge', ['£30', '30', 'thirty']],
]);
const said = (arrival: string) =>
  `Our van came ${arrival} on Saturday, so you missed your son's match, and the driver charged you thirty pounds to carry the wardrobe upstairs. I can see why you're cross. Is that right?`;
const late = (answer: string) =>
  judge.judge(van, answer, 'en').criteria.find((c) => c.id === 'late');

test("a time told as a length after the booked hour is the customer's time", () => {
  for (const arrival of [
    "two and a half hours after the nine o'clock you'd booked",
    "a hundred and fifty minutes after the agreed nine o'clock",
  ]) {
    expect(late(said(arrival))?.status).toBe('met');
    expect(judge.judge(van, said(arrival), 'en').verdict).toBe('pass');
  }
});

test('a length that does not lead from the anchor to their time leaves the anchor a wrong time', () => {
  expect(late(said("two hours after the eight o'clock you'd booked"))?.status).toBe('contradicted');
});

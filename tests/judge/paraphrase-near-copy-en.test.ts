import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const customer =
  'I rented one of your kayaks on Sunday and brought it back at 4:20 to the jetty, your man checked it in. Today I see you charged me £58 for a full day, as if I had kept it until eight. Your phone line just rings out. I feel cheated.';
const item = restatementItem(customer, [
  ['returned', ['brought it back', '4:20']],
  ['charged', ['£58', 'full day']],
]);
const copied = (answer: string) =>
  judge.judge(item, answer, 'en').criteria.find((c) => c.id === 'not-copied')?.met === false;

test("an English answer that hands back most of the customer's words with the person turned is a copy", () => {
  expect(
    copied(
      'So you rented one of our kayaks on Sunday and brought it back at 4:20 to the jetty, our man checked it in, and today you see we charged you £58 for a full day, and the phone line rings out. Is that right?',
    ),
  ).toBe(true);
  // A restatement in the trainee's words that keeps the values is not.
  expect(
    copied(
      "So the kayak went back to the jetty at 4:20 on Sunday and was checked in, yet we've billed you £58 for a whole day and nobody answers the phone. I can see why you feel cheated. Is that right?",
    ),
  ).toBe(false);
});

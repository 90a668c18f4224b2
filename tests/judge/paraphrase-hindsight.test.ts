import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { enHindsight } from '../../src/judge/paraphrase/en-hindsight.js';
import { normalise, prepareAnswer } from '../../src/judge/text/index.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

const TAXI =
  'I should have been at the airport by six, but the taxi I booked with you for £40 never came. The driver later said I should have waited on the main road. I missed my flight to Rome.';
const taxi = restatementItem(TAXI, [
  ['price', ['£40', '40']],
  ['noshow', ['never came', "didn't come", 'never turned up', 'no-show']],
  ['flight', ['missed your flight', 'missed the flight', 'Rome']],
]);
const hindsightOf = (answer: string) => enHindsight(prepareAnswer(answer), normalise(TAXI));

test('the customer told after the fact what they should have done caps it at partial', () => {
  const answer =
    'The £40 taxi you booked with us never came, so you missed your flight to Rome. That is awful. You should have ordered a second car as a backup. Is that right?';
  expect(hindsightOf(answer).map((h) => h.phrase)).toEqual([
    'You should have ordered a second car as a backup',
  ]);
  expect(judge.judge(taxi, answer, 'en').verdict).toBe('partial');
});

test("the customer's own plan after 'should have been' is the story", () => {
  const answer =
    'You should have been at the airport by six, but the £40 taxi you booked with us never came and you missed your flight to Rome. That is awful. Is that right?';
  expect(hindsightOf(answer)).toEqual([]);
  expect(judge.judge(taxi, answer, 'en').verdict).toBe('pass');
});

test("the driver's hindsight retold after 'said' is the story, not the agent's", () => {
  expect(
    hindsightOf(
      'The £40 taxi never came, and the driver said you should have waited on the main road. That is awful. Is that right?',
    ),
  ).toEqual([]);
});

test("'could have' before a determiner is the present 'have', not hindsight", () => {
  expect(hindsightOf('You could have a refund of the £40 straight away.')).toEqual([]);
});

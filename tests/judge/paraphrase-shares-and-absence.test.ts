import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const status = (customer: string, any: string[], answer: string) =>
  factStatus(judge, customer, any, answer, 'en');
/** The fact (`any`) is met in each of `met` and not in any of `not`. */
const meets = (customer: string, any: string[], met: string[], not: string[] = []) => {
  for (const answer of met) expect(status(customer, any, answer), answer).toBe('met');
  for (const answer of not) expect(status(customer, any, answer), answer).not.toBe('met');
};

// Round 12q: "a single lion" for "one lion".
test('a count word says its number: "a single" is one, "a couple of" two', () => {
  meets(
    'We booked your lion dance team for 1 March at 11 am and paid 800. They arrived at 11:40, only one lion instead of two.',
    ['one lion', 'one instead of two'],
    ['The team came late with a single lion.'],
  );
  meets(
    'Two of the four gauges were sent back with the wrong certificate.',
    ['two gauges'],
    ['A couple of gauges came back with the wrong papers.'],
  );
  meets(
    'Three of the four gauges were sent back.',
    ['three gauges'],
    [],
    ['A couple of gauges came back.'],
  );
});

// Round 12ab: "just half of them turned up" for "only two came" of the four ordered.
test("a share of the customer's own count is the number it comes to", () => {
  const any = ['only two', 'two came', '2 arrived'];
  meets(
    'We ordered four portable toilets for our village fete on Saturday. Only two came, and one of them had no water in the sink from the start.',
    any,
    ["You'd booked four loos for the fete, just half of them turned up."],
  );
  // Half of six is three, not the customer's two.
  meets(
    'We ordered six portable toilets for our village fete on Saturday. Only two came, and one of them had no water in the sink.',
    any,
    [],
    ["You'd booked six loos for the fete, just half of them turned up."],
  );
});

// Round 12w: "thirty never came" for "30 missing".
test('a thing that never came is missing', () => {
  meets(
    'Our company ordered 150 mooncake gift boxes to send to clients. Only 120 arrived, and 12 of those had crushed lids.',
    ['120', 'hundred and twenty', 'thirty short', '30 missing'],
    ['You ordered a hundred and fifty boxes for your clients and thirty never came.'],
    ['You ordered a hundred and fifty boxes for your clients and thirty came.'],
  );
});

// Rounds 12q and 12z: "still no passport", "with no refund" for "hasn't arrived".
test("the customer's thing said to be none has not arrived", () => {
  meets(
    "I applied for my passport renewal on 3 October and paid 95 for the fast-track service. It's now 14 November, it still hasn't arrived, and I fly to Lima on the 22nd.",
    ['not arrived', "hasn't come", 'still waiting'],
    [
      "You sent the renewal off on the 3rd of October, and six weeks on there's still no passport.",
      'You sent the renewal off on the 3rd of October, and the passport is still missing.',
    ],
    // A thing the customer never named is no part of their story.
    ["You sent the renewal off on the 3rd of October, and there's still no answer."],
  );
  meets(
    "The snack machine ate a five-pound note on Monday. I was promised a refund in three days, and it's now Friday with nothing.",
    ['Friday', 'nothing yet', 'still nothing', "hasn't arrived"],
    [
      'You were told the money would be back within three days, and here we are at the end of the week with no refund.',
    ],
  );
});

// Round 12ab: "we were two tables short" for 8 of the 10 tables delivered.
test("a shortfall of the customer's count is no wrong count, another shortfall is", () => {
  const tables =
    'I hired 80 chairs and 10 round tables for a christening. You delivered 80 chairs but only 8 tables, and charged for 10.';
  const any = ['8 tables', 'eight tables', 'two short'];
  meets(tables, any, [
    'You hired eighty chairs and ten round tables, but we were two tables short.',
  ]);
  expect(
    status(
      tables,
      any,
      'You hired eighty chairs and ten round tables, but we were three tables short.',
    ),
  ).toBe('contradicted');
});

// Rounds 12ab and 12n: "with no warning", "without a word to you" for "nobody told us".
test('a denied word of telling says the customer was not told', () => {
  meets(
    "My baby's swimming course was ten weeks for £120. The pool was shut for maintenance for three of the sessions and nobody told us — we turned up twice to locked doors.",
    ['nobody told', 'no notice', "weren't told", 'not informed'],
    ['Three sessions were lost because the pool was closed for repairs with no warning.'],
    ['Three sessions were lost because the pool was closed for repairs, with a warning.'],
  );
  meets(
    "Mr Han moved my daughter Mei from the intermediate to the beginners' class on Saturday without telling us. She cried all evening.",
    ['without telling you', 'nobody spoke to you', 'no one let you know'],
    [
      "Mr Han dropped Mei to the beginners' class on Saturday without a word to you as her parents.",
    ],
  );
});

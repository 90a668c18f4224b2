import { expect, test } from 'vitest';
import { matchCriterion, prepareAnswer } from '../../src/judge/text/index.js';

/** The verdict on one fact of a rubric whose accepted wordings are `any`. */
const judge = (customer: string, any: string[], answer: string) =>
  matchCriterion(
    { id: 'fact', label: 'Fact', any, weight: 1 },
    prepareAnswer(answer),
    prepareAnswer(customer),
  );

// A rubric's accepted wording the customer never used literally ("台北到高雄" for a customer who
// said 从台北坐车去高雄): an answer with the direction turned round is still a contradiction,
// judged without a crash, and says what the customer said where it can be found.
test('a reversed direction against a fact the customer said in other words', () => {
  const result = judge(
    '我上周五从台北坐车去高雄，车票一百八十块。',
    ['台北到高雄'],
    '您是从高雄到台北的，对吗？',
  );
  expect(result.status).toBe('contradicted');
  expect(result.said).toContain('高雄到台北');
});

// English marks each end of a route with its preposition: "to B from A" is the route "from A to
// B"; only the ends swapped ("from B to A") is the other route.
test('a route said with its ends in the other order, each still marked, is the same route', () => {
  const customer =
    'Last night the driver took me from the harbour ferry terminal to 9 Elm Street and charged me twice.';
  const route = ['from the ferry terminal to 9 Elm Street'];
  const ride = (words: string) => `So the ride last night, ${words}, was charged twice.`;
  expect(judge(customer, route, ride('to 9 Elm Street from the ferry terminal')).status).toBe(
    'met',
  );
  expect(judge(customer, route, ride('from 9 Elm Street to the ferry terminal')).status).toBe(
    'contradicted',
  );
});

// An accepted wording written as a whole clause is an example of the fact, not its only words:
// most of its content words and every number in it say the fact; fewer do not.
test('a clause-long accepted wording is met by most of its words, never without its numbers', () => {
  const customer =
    'I paid 60 dollars to have my wool coat cleaned and the sleeves came back badly shrunk.';
  const damage = ['the wool coat came back with shrunken sleeves'];
  expect(
    judge(customer, damage, 'So your wool coat came back from cleaning with the sleeves shrunk.')
      .status,
  ).toBe('met');
  expect(judge(customer, damage, 'So your coat came back from cleaning.').status).toBe('missed');
  const amount = ['paid 60 dollars for cleaning'];
  expect(judge(customer, amount, 'You paid dollars for the cleaning of the coat.').status).not.toBe(
    'met',
  );
});

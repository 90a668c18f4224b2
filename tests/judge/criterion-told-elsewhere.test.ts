import { expect, test } from 'vitest';
import { matchCriterion, prepareAnswer } from '../../src/judge/text/index.js';

// A rubric's accepted wording the customer never used literally ("台北到高雄" for a customer who
// said 从台北坐车去高雄): an answer with the direction turned round is still a contradiction,
// judged without a crash, and says what the customer said where it can be found.
test('a reversed direction against a fact the customer said in other words', () => {
  const customer = prepareAnswer('我上周五从台北坐车去高雄，车票一百八十块。');
  const criterion = { id: 'route', label: 'Route', any: ['台北到高雄'], weight: 1 };
  const result = matchCriterion(criterion, prepareAnswer('您是从高雄到台北的，对吗？'), customer);
  expect(result.status).toBe('contradicted');
  expect(result.said).toContain('高雄到台北');
});

// English marks each end of a route with its preposition: "to B from A" is the route "from A to
// B"; only the ends swapped ("from B to A") is the other route.
test('a route said with its ends in the other order, each still marked, is the same route', () => {
  const customer = prepareAnswer(
    'Last night the driver took me from the harbour ferry terminal to 9 Elm Street and charged me twice.',
  );
  const criterion = {
    id: 'route',
    label: 'Route',
    any: ['from the ferry terminal to 9 Elm Street'],
    weight: 1,
  };
  const same = matchCriterion(
    criterion,
    prepareAnswer(
      'So the ride last night, to 9 Elm Street from the ferry terminal, was charged twice.',
    ),
    customer,
  );
  expect(same.status).toBe('met');
  const swapped = matchCriterion(
    criterion,
    prepareAnswer(
      'So the ride last night, from 9 Elm Street to the ferry terminal, was charged twice.',
    ),
    customer,
  );
  expect(swapped.status).toBe('contradicted');
});

// An accepted wording written as a whole clause is an example of the fact, not its only words:
// most of its content words and every number in it say the fact; fewer do not.
test('a clause-long accepted wording is met by most of its words, never without its numbers', () => {
  const customer = prepareAnswer(
    'I paid 60 dollars to have my wool coat cleaned and the sleeves came back badly shrunk.',
  );
  const criterion = {
    id: 'damage',
    label: 'Damage',
    any: ['the wool coat came back with shrunken sleeves'],
    weight: 1,
  };
  const judge = (answer: string) =>
    matchCriterion(criterion, prepareAnswer(answer), customer).status;
  expect(judge('So your wool coat came back from cleaning with the sleeves shrunk.')).toBe('met');
  expect(judge('So your coat came back from cleaning.')).toBe('missed');
  const amount = {
    id: 'amount',
    label: 'Amount',
    any: ['paid 60 dollars for cleaning'],
    weight: 1,
  };
  expect(
    matchCriterion(
      amount,
      prepareAnswer('You paid dollars for the cleaning of the coat.'),
      customer,
    ).status,
  ).not.toBe('met');
});

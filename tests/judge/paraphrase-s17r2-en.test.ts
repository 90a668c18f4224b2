import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { valuesIn } from '../../src/judge/text/values.js';
import { factStatus, restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const read = (s: string) => valuesIn(s).map((v) => `${v.type}/${v.unit}=${v.value}`);

test('values: a working week, a year by its last two digits, grand, a team counted, a denied first', () => {
  expect(read('we said a working week')).toEqual(read('we said five working days'));
  expect(read('a full day')).toEqual(['duration/day=1']);
  expect(read("your '85 Golf")).toEqual(read('my 1985 Golf'));
  expect(read('for twelve grand')).toEqual(['money/money=12000']);
  expect(read('two of your crew')).toEqual(read('two of my staff'));
  expect(read('four employees')).toEqual(['quantity/person=4']);
  // "not the first time" names no place in a row: no ordinal to be wrong against "the second".
  expect(read("this isn't the first time")).toEqual([]);
  expect(read('a 67 bus')).not.toContain('number/number=1967');
});

const hire =
  "I hired a 1985 Golf for £12,000 of restoration work; you promised five working days for the quote. Two of my staff had to chase it, and it's the second time you've lost my paperwork.";

test.each([
  [
    'a working week for five working days',
    ['five working days'],
    'You were promised a quote inside a working week.',
  ],
  ['a year by its last two digits', ['1985 Golf'], "Your '85 Golf went in for work."],
  ['thousands said as grand', ['£12,000'], 'The restoration was twelve grand.'],
  [
    'people of a team for people of the staff',
    ['two of my staff'],
    'Two of your team had to chase it.',
  ],
  [
    'a denied first time for the second',
    ['second time'],
    "And this isn't the first time we've lost your paperwork.",
  ],
])('a value said another way meets its fact: %s', (_, any, answer) => {
  expect(factStatus(judge, hire, any, answer, 'en')).toBe('met');
});

test("a price in words before the head of the customer's compound names no other thing", () => {
  const customer =
    'We booked your garden party catering package, £640 all in, and the food arrived cold.';
  expect(
    factStatus(
      judge,
      customer,
      ['catering package'],
      'So the six-hundred-and-forty-pound package came with cold food.',
      'en',
    ),
  ).toBe('met');
  // A word that is no amount still names another package.
  expect(
    factStatus(
      judge,
      customer,
      ['catering package'],
      'So the drinks package came with cold food.',
      'en',
    ),
  ).toBe('missed');
});

test('another one said another way: "a different depot", "a stranger\'s address"', () => {
  const customer =
    "Your driver took my sofa to another depot, and the delivery note has someone else's address on it.";
  expect(
    factStatus(judge, customer, ['another depot'], 'The sofa went to a different depot.', 'en'),
  ).toBe('met');
  expect(
    factStatus(
      judge,
      customer,
      ["someone else's address"],
      "The note shows a stranger's address.",
      'en',
    ),
  ).toBe('met');
});

test('events in other words: recording said as capturing or filming, waiting as sitting there', () => {
  const doorbell =
    'Your engineer fitted my doorbell camera on Monday, but it has never recorded anything, and the parcels waiting on my step got stolen.';
  expect(
    factStatus(
      judge,
      doorbell,
      ['never recorded', 'nothing recorded'],
      'The camera has filmed nothing at all.',
      'en',
    ),
  ).toBe('met');
  expect(
    factStatus(
      judge,
      doorbell,
      ['parcels waiting'],
      'The parcels sitting on your step were taken.',
      'en',
    ),
  ).toBe('met');
});

const fined =
  'I paid you £90 to file my accounts. Last week I got a letter with a £200 late-filing penalty. I am really worried.';
const finedItem = restatementItem(fined, [
  ['price', ['£90']],
  ['penalty', ['£200', 'penalty', 'fine']],
  ['letter', ['letter', 'last week']],
]);

test('"fine" as the penalty is no state said fine; "so everything was in order?" tells the account back reversed', () => {
  const good = judge.judge(
    finedItem,
    "You paid us ninety pounds to file, and last week a letter came with a two-hundred-pound fine for filing late. That's so worrying. Is that right?",
    'en',
  );
  expect(good.verdict).toBe('pass');
  const reversed = judge.judge(
    finedItem,
    'You paid us £90 to file your accounts, so everything was in order? Is that right?',
    'en',
  );
  expect(reversed.verdict).toBe('fail');
  expect(reversed.criteria.some((c) => c.detail === 'told-as-fine')).toBe(true);
  // A real question about the state tells nothing.
  const asked = judge.judge(
    finedItem,
    'You paid us £90, last week a letter came with a £200 penalty. Was everything else in order? I understand you are worried. Is that right?',
    'en',
  );
  expect(asked.criteria.some((c) => c.detail === 'told-as-fine')).toBe(false);
});

test('a feeling named after "so" and someone else is theirs, not the customer\'s acknowledged', () => {
  const customer =
    'You promised to file my trademark by 1 May, it went in on the 20th, and now my lawyer says a rival may have priority.';
  const item = restatementItem(customer, [
    ['promise', ['1 May']],
    ['filed', ['20th']],
    ['lawyer', ['lawyer']],
  ]);
  const feeling = (answer: string) =>
    judge.judge(item, answer, 'en').criteria.find((c) => c.id === 'feeling')?.met;
  expect(
    feeling(
      "We said 1 May, it went in on the 20th, so your lawyer's worried about priority. Is that right?",
    ),
  ).toBe(false);
  expect(
    feeling(
      "We said 1 May, it went in on the 20th, and your lawyer fears a rival. That's so worrying. Is that right?",
    ),
  ).toBe(true);
});

test('a fact said by when it happened, moved into another clause, swaps with no other fact', () => {
  const item = restatementItem(
    'Our cat Milo was cremated with you last month. We paid £280 for a private cremation, but the certificate says shared.',
    [
      ['when', ['last month']],
      ['private', ['private', 'on his own']],
      ['certificate', ['certificate']],
    ],
  );
  const j = judge.judge(
    item,
    "Last month you paid two hundred and eighty pounds for Milo to be cremated on his own, but the certificate says shared. That's heartbreaking. Have I understood?",
    'en',
  );
  expect(j.criteria.filter((c) => c.status === 'contradicted')).toEqual([]);
});

test('a wrong distance or a wrong price among right facts is one minor slip (partial)', () => {
  const item = restatementItem(
    'I booked the van at the High Street depot for 8 on Friday for £45, but it had been moved to a yard three miles away and I missed my move.',
    [
      ['depot', ['High Street']],
      ['when', ['Friday']],
      ['price', ['£45']],
      ['moved', ['moved']],
      ['distance', ['three miles']],
      ['missed', ['missed']],
    ],
  );
  const answer = (miles: string, price: string) =>
    `You booked the High Street van for 8 on Friday for ${price}, it had been moved to a yard ${miles} away, and you missed your move. I understand how annoying that is. Is that right?`;
  expect(judge.judge(item, answer('three miles', '£45'), 'en').verdict).toBe('pass');
  expect(judge.judge(item, answer('five miles', '£45'), 'en').verdict).toBe('partial');
  expect(judge.judge(item, answer('three miles', '£95'), 'en').verdict).toBe('partial');
});

test('the plan and what happened told the other way round are swapped values (poor); said right, good', () => {
  const item = restatementItem(
    "You've had my boat engine for nine weeks now. You quoted three weeks and £800, and now you want another £450 for a gearbox.",
    [
      ['held', ['nine weeks']],
      ['quote-time', ['three weeks']],
      ['quote', ['£800']],
      ['extra', ['£450']],
    ],
  );
  const verdict = (answer: string) => judge.judge(item, answer, 'en').verdict;
  expect(
    verdict(
      "We quoted three weeks and £800, we've had the engine nine weeks, and now we want £450 more for the gearbox. I can see why that's frustrating. Is that right?",
    ),
  ).toBe('pass');
  expect(
    verdict(
      "We quoted nine weeks and £450, and it's been three weeks so far. I understand that's frustrating. Is that right?",
    ),
  ).toBe('fail');
  // A quote said with its own values stays right ("against a quote of three weeks").
  expect(
    verdict(
      "We've had the engine nine weeks against a quote of three weeks and £800, and now want £450 more for the gearbox. I can see why that's frustrating. Is that right?",
    ),
  ).toBe('pass');
});

test('"once" as a count of one time; not "once you pay", "at once" or "once a week"', () => {
  expect(read('the tutor came only once')).toEqual(['quantity/time=1']);
  expect(read('just the one time')).toEqual(read('only once'));
  expect(read('once you pay, at once, once a week')).toEqual([]);
  expect(
    factStatus(
      judge,
      'The tutor I paid for visited my son only once in May.',
      ['only once', 'one visit'],
      'The tutor came round just the one time in May.',
      'en',
    ),
  ).toBe('met');
});

test('a value said again in other words meets a second fact where its first saying is another fact', () => {
  const item = restatementItem(
    'I booked your cleaner for three hours. She left after one hour and I was still charged for the full three hours.',
    [
      ['booked', ['three hours']],
      ['left', ['one hour', 'an hour']],
      ['charged', ['full three hours', 'charged']],
    ],
  );
  const j = judge.judge(
    item,
    "You'd booked three hours of cleaning, she was gone after an hour, yet the invoice is still for a three-hour clean. That's not fair. Is that right?",
    'en',
  );
  expect(j.criteria.find((c) => c.id === 'charged')?.met).toBe(true);
  expect(
    judge
      .judge(
        item,
        "You'd booked three hours of cleaning and she was gone after an hour. That's not fair. Is that right?",
        'en',
      )
      .criteria.find((c) => c.id === 'charged')?.met,
  ).toBe(false);
});

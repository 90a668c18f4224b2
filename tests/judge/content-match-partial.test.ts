import { expect, test } from 'vitest';
import { matchCriterion, normalise, prepareAnswer } from '../../src/judge/text/index.js';

/** Whether an answer meets a fact the customer told, with `any` as its accepted wordings. */
const meets = (customer: string, any: string[], answer: string) =>
  matchCriterion(
    { id: 'fact', label: 'Fact', any, weight: 1 },
    prepareAnswer(answer),
    normalise(customer),
  ).met;

// Numbers said in words are whole values (tens and units together, ordinals as their number),
// and a number may follow the word it counts.
test.each([
  [
    'The locksmith quoted 35 pounds for the call-out.',
    ['a 35 pound quote'],
    'he quoted thirty-five pounds',
    true,
  ],
  [
    'The boiler broke down on 7 October.',
    ['broke down on 7 October'],
    'it broke down on the seventh of October',
    true,
  ],
  [
    'We were promised delivery at 8:00 and it came at 14:00.',
    ['8:00 vs 14:00'],
    'due at 8:00, it came at 14:00',
    true,
  ],
  // Guards: another number, the tens alone.
  [
    'The locksmith quoted 35 pounds for the call-out.',
    ['a 35 pound quote'],
    'he quoted thirty pounds',
    false,
  ],
  [
    'The boiler broke down on 7 October.',
    ['broke down on 7 October'],
    'it broke down on the eighth of October',
    false,
  ],
])('customer %s · fact %j · answer %s → %s', (customer, any, answer, met) => {
  expect(meets(customer, any, answer)).toBe(met);
});

// A wording as long as a clause is an example of the fact: "not … until three" says when it
// happened; a Chinese wording of four characters is met by three of them, with its negation
// just after; a modifier replaced by another character (右眼 for 左眼) names another thing.
test.each([
  [
    'We booked the engineer for 9 am and nobody came until 3 pm.',
    ['booked for 9 am, came at 3 pm'],
    'Booked for nine, and nobody turned up till three.',
    true,
  ],
  [
    'We booked the engineer for 9 am and nobody came until 3 pm.',
    ['booked for 9 am, came at 3 pm'],
    'Booked for nine, and nobody turned up.',
    false,
  ],
  ['我买的台灯灯罩裂开了。', ['灯罩裂开'], '您的台灯灯罩裂了一道缝。', true],
  ['钱已经扣了，可是卡一直没到。', ['钱扣了卡没到'], '钱扣了，卡没寄来。', true],
  ['钱已经扣了，可是卡一直没到。', ['钱扣了卡没到'], '钱扣了，卡也寄来了。', false],
  ['我孩子左眼发炎了。', ['左眼发炎'], '您孩子右眼发炎了。', false],
])('customer %s · fact %j · answer %s → %s', (customer, any, answer, met) => {
  expect(meets(customer, any, answer)).toBe(met);
});

// A possessive is its noun ("your son's present" = "the present for your son"); a wording of
// several words meets its fact even where the customer said those words in another clause of
// the same story (only one word in another form is held to the clause it was said in).
test.each([
  [
    'The parcel was a present for my son and it never arrived.',
    ['present for your son'],
    "your son's present never arrived",
    true,
  ],
  [
    'The heating has failed every night this month, usually around 10 pm.',
    ['failed every night', 'around ten'],
    'it cuts out each night at around 10',
    true,
  ],
])('customer %s · fact %j · answer %s → %s', (customer, any, answer, met) => {
  expect(meets(customer, any, answer)).toBe(met);
});

// The customer told the fact in their own order ("car park by the station is never open"); an
// answer with the same words the other way round contradicts it, as it would the wording.
test.each([
  ['这个会议室根本坐不下二十个人。', ['会议室坐不下'], '会议室其实坐得下二十个人。'],
  [
    'The car park by the station is never open on Sundays.',
    ['car park never open'],
    'the car park is open on Sundays',
  ],
])('customer %s · fact %j · answer %s → contradicted', (customer, any, answer) => {
  const result = matchCriterion(
    { id: 'fact', label: 'Fact', any, weight: 1 },
    prepareAnswer(answer),
    normalise(customer),
  );
  expect(result.status).toBe('contradicted');
});

// "Without" negates what follows it: the bike returned "without cleaning the chain" is not
// the bike returned "with the chain cleaned".
test('a wording said with "without" in the answer is not met', () => {
  expect(
    meets(
      'I returned the bike on Friday with the chain cleaned, and you still kept my deposit.',
      ['returned on Friday with the chain cleaned'],
      'you returned the bike on Friday without cleaning the chain',
    ),
  ).toBe(false);
  expect(
    meets(
      'I returned the bike on Friday with the chain cleaned, and you still kept my deposit.',
      ['returned on Friday with the chain cleaned'],
      'you returned the bike on Friday and cleaned the chain',
    ),
  ).toBe(true);
});

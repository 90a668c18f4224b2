// Work the English value reading saves (counted, never timed): a word no reading can start
// from (letters only, in no value table) is passed by, and every value word is still read.
import { expect, test } from 'vitest';
import { sameValue } from '../../src/judge/paraphrase/same-value.js';
import { valueWordsRead } from '../../src/judge/text/en-values.js';
import { valuesIn } from '../../src/judge/text/values.js';

const read = (s: string) => valuesIn(s).map((v) => `${v.type}/${v.unit}=${v.value}`);
const wordsRead = (s: string) => {
  const before = valueWordsRead();
  valuesIn(s);
  return valueWordsRead() - before;
};

test('values: plain words are passed by, only the words a value can start from are read', () => {
  expect(wordsRead('so nobody rang you back after you called us about your refund')).toBe(0);
  // "two" and "tuesday"; "weeks" is read as the unit after "two", not on its own.
  expect(wordsRead('so you waited two weeks and nobody called you back on tuesday')).toBe(2);
  // Digits are always read ("4412"); punctuation ("," and "?") starts no value and is passed by.
  expect(wordsRead('order 4412, is that right?')).toBe(1);
  expect(wordsRead('so - you waited; then: nothing. really! why?')).toBe(0);
});

test('values: every kind of value word is still read where it stands', () => {
  expect(read('you called us twice')).toContain('quantity/time=2');
  expect(read('you waited half an hour')).toContain('duration/minute=30');
  expect(read('three quarters of an hour on hold')).toContain('duration/minute=45');
  expect(read('it came at quarter past eight')).toContain('time/clock=8:15');
  expect(read('a pair of hiking boots')).toContain('quantity/boot=2');
  expect(read('both tickets were lost')).toContain('quantity/ticket=2');
  expect(read('a dozen eggs')).toContain('quantity/egg=12');
  expect(read('the third call this week')).toContain('number/ordinal call=3');
  expect(read('it is due tomorrow around noon')).toEqual(
    expect.arrayContaining(['date/relative=tomorrow', 'time/part=noon']),
  );
  expect(read('on Tuesdays in June')).toEqual(
    expect.arrayContaining(['weekday/day=2', 'date/month=6']),
  );
  expect(read('yesterday evening')).toContain('time/part=evening');
});

test('values: a word told quiet (or not) is told the same when it comes again', () => {
  const text = 'so you waited two weeks and nobody called you back on tuesday';
  expect(wordsRead(text)).toBe(2);
  expect(wordsRead(text)).toBe(2);
  expect(read(`${text}, two weeks`)).toEqual(read(`${text}, two weeks`));
});

test("values: a fact's own phrases are read once per criterion, not again for each answer", () => {
  const criterion = { id: 'wait', label: 'How long', weight: 1, any: ['two weeks', 'a fortnight'] };
  const missed = { id: 'wait', met: false, weight: 1, status: 'missed' as const };
  const answer = 'so you waited three days for the parcel';
  const said = valuesIn(answer);
  const words = () => {
    const before = valueWordsRead();
    sameValue(missed, criterion, said, answer);
    return valueWordsRead() - before;
  };
  words();
  // Nothing of the answer is read here (its values come in `said`): the second answer reads no phrase again.
  expect(words()).toBe(0);
  expect(sameValue(missed, criterion, said, answer).met).toBe(false);
  const same = 'so you waited two weeks for the parcel';
  expect(sameValue(missed, criterion, valuesIn(same), same).met).toBe(true);
});

import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { valuesIn } from '../../src/judge/text/values.js';
import { factStatus, restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const statuses = (customer: string, criteria: [string, string[]][], answer: string) =>
  Object.fromEntries(
    judge
      .judge(restatementItem(customer, criteria), answer, 'en')
      .criteria.map((c) => [c.id, c.status]),
  );

const HAMPER = 'The hamper that arrived on Friday was missing the bottle of wine I paid for.';

test('a thing the customer said was missing, told as "no …" or "without …", is the same fact', () => {
  const status = (answer: string) => factStatus(judge, HAMPER, ['bottle of wine'], answer, 'en');
  expect(status('So the hamper came on Friday with no bottle of wine in it.')).not.toBe(
    'contradicted',
  );
  expect(status('So Friday’s hamper turned up without the bottle of wine.')).not.toBe(
    'contradicted',
  );
  const after = 'The hamper came on Friday but the bottle of wine was missing.';
  expect(
    factStatus(judge, after, ['bottle of wine'], 'So there was no bottle of wine in it.', 'en'),
  ).not.toBe('contradicted');
});

test("what came is the value's, what did not is the thing's: no reversal", () => {
  const s = statuses(
    HAMPER,
    [
      ['hamper', ['hamper arrived', 'Friday']],
      ['wine', ['bottle of wine', 'wine missing']],
    ],
    'So your hamper came on Friday without the bottle of wine you paid for. Is that right?',
  );
  expect(s.hamper).not.toBe('contradicted');
});

test('a value denied itself, told as come, is still reversed', () => {
  const customer = "I still haven't received the £45 you promised me on Friday.";
  expect(
    factStatus(judge, customer, ['£45'], 'So the £45 we promised came through on Friday.', 'en'),
  ).toBe('contradicted');
});

test('values: a weekday keeps the week it is said in', () => {
  expect(valuesIn('next Thursday')[0]?.week).toBe('next');
  expect(valuesIn('this coming Monday')[0]?.week).toBe('next');
  expect(valuesIn('on Thursday')[0]?.week).toBeUndefined();
});

test('a weekday said in another week is a wrong day; said without a week it is the same', () => {
  const customer = 'The fitter came on Tuesday and now the repair is booked for next Thursday.';
  const criteria: [string, string[]][] = [
    ['came', ['Tuesday']],
    ['booked', ['next Thursday']],
  ];
  expect(
    statuses(customer, criteria, 'So the fitter came on Tuesday and the repair is this Thursday.')
      .booked,
  ).toBe('contradicted');
  expect(
    statuses(customer, criteria, 'So the fitter came on Tuesday and the repair is on Thursday.')
      .booked,
  ).not.toBe('contradicted');
});

test('a weekday in another week is owned by the fact naming that day, beside another wrong day', () => {
  const customer = 'My boiler broke on Sunday night and the repair is booked for next Thursday.';
  const s = statuses(
    customer,
    [
      ['broke', ['Sunday night', 'Sunday']],
      ['booked', ['next Thursday']],
    ],
    'So your boiler broke on Saturday night and the repair is booked for this Thursday.',
  );
  expect(s.broke).toBe('contradicted');
  expect(s.booked).toBe('contradicted');
});

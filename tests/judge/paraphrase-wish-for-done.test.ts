import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

const en = restatementItem(
  'I closed my savings account on 4 March, but you still took a £15 fee from it in April.',
  [
    ['closed', ['closed', 'close']],
    ['march', ['4 March']],
    ['fee', ['£15', 'fee']],
    ['april', ['April']],
  ],
);

test('en: what the customer did, restated as a wish, is a reversed fact: poor', () => {
  const j = judge.judge(
    en,
    'I am sorry about that. You would like to close your savings account from 4 March, and there was a £15 fee in April. Is that right?',
    'en',
  );
  const closed = j.criteria.find((c) => c.id === 'closed');
  expect(closed?.status).toBe('contradicted');
  expect(closed?.detail).toBe('wish-for-done');
  expect(closed?.expected).toBe('closed');
  expect(j.verdict).toBe('fail');
});

test('en: the same fact said as done stays met', () => {
  const j = judge.judge(
    en,
    'That must be really annoying. You closed your savings account on 4 March, yet a £15 fee was taken in April. Is that right?',
    'en',
  );
  expect(j.criteria.find((c) => c.id === 'closed')?.status).toBe('met');
  expect(j.verdict).toBe('pass');
});

test('en: a wish the customer voiced is not reversed by restating it as a wish', () => {
  const item = restatementItem('I want to close my account because the app keeps logging me out.', [
    ['close', ['close']],
    ['logout', ['logging you out', 'logs you out', 'logged out']],
  ]);
  const j = judge.judge(
    item,
    'That sounds really annoying. You would like to close the account because the app keeps logging you out. Is that right?',
    'en',
  );
  expect(j.criteria.find((c) => c.id === 'close')?.status).toBe('met');
});

test.each([
  [
    'zh-Hans',
    '我上个月已经退订了流量包，这个月还是扣了二十块。',
    '退订',
    '您想退订流量包',
    '上个月您已经把流量包退订了',
  ],
  [
    'zh-Hant',
    '我上個月已經退訂了流量包，這個月還是扣了二十塊。',
    '退訂',
    '您想退訂流量包',
    '上個月您已經把流量包退訂了',
  ],
])(
  '%s: a wish for what the customer already did is reversed',
  (_name, customer, verb, wish, done) => {
    const item = restatementItem(customer, [
      ['unsubscribed', [verb]],
      ['month', ['上个月', '上個月']],
      ['charged', ['二十块', '二十塊', '20元']],
    ]);
    const rest = '，这个月还是扣了二十块，我理解您的心情，对吗？';
    const wished = judge.judge(item, `${wish}${rest}`, 'zh-Hans');
    const reversed = wished.criteria.find((c) => c.id === 'unsubscribed');
    expect(reversed?.status).toBe('contradicted');
    expect(customer).toContain(reversed?.expected);
    expect(wished.verdict).toBe('fail');
    const told = judge.judge(item, `${done}${rest}`, 'zh-Hans');
    expect(told.criteria.find((c) => c.id === 'unsubscribed')?.status).toBe('met');
    expect(told.verdict).toBe('pass');
  },
);

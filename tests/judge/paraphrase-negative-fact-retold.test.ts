import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const statusOf = (
  item: ReturnType<typeof restatementItem>,
  answer: string,
  id: string,
  lang: 'en' | 'zh-Hans' = 'en',
) => judge.judge(item, answer, lang).criteria.find((c) => c.id === id)?.status;

const lesson = restatementItem(
  "My instructor was forty minutes late, and the car he brought didn't have a passenger brake, so the lesson was off.",
  [
    ['late', ['forty minutes']],
    ['brake', ['passenger brake']],
  ],
);

test('en: a thing the customer said was not had or brought, retold as "no …", is their fact', () => {
  expect(
    statusOf(
      lesson,
      'Your instructor came forty minutes late in a car with no passenger brake.',
      'brake',
    ),
  ).toBe('met');
});

test('en: "could hardly" after the customer\'s "couldn\'t" retells it; "managed to" does not', () => {
  const hotel = restatementItem(
    'Our room was above the bar and with the music until 2 am we could not sleep on either night.',
    [
      ['bar', ['above the bar']],
      ['sleep', ["couldn't sleep"]],
    ],
  );
  expect(
    statusOf(
      hotel,
      'Your room was above the bar and you could hardly sleep either night.',
      'sleep',
    ),
  ).toBe('met');
  expect(
    statusOf(
      hotel,
      'Your room was above the bar but you managed to sleep on both nights.',
      'sleep',
    ),
  ).not.toBe('met');
});

test('en: what a thing should have been is what was ordered, not what came', () => {
  const frame = restatementItem(
    'I ordered a king-size walnut bed frame and what arrived is a double made of pine.',
    [
      ['ordered', ['king-size']],
      ['got', ['pine', 'not walnut']],
    ],
  );
  expect(
    statusOf(
      frame,
      'The frame should have been a king-size in solid walnut, but a double turned up.',
      'got',
    ),
  ).not.toBe('contradicted');
});

test('zh: 能不能 asks; an embedded yes-no question is no denial of what the customer checked', () => {
  const course = restatementItem(
    '我给孩子报了你们的网课，报名前专门问过客服能回放，结果回放一直打不开。',
    [
      ['asked', ['问过客服能回放']],
      ['replay', ['打不开']],
    ],
  );
  expect(
    statusOf(course, '报名前您特地问过客服能不能回放，可回放一直打不开。', 'asked', 'zh-Hans'),
  ).not.toBe('contradicted');
});

test('zh: a thing the customer told gone (唔見咗) retold as vanished (消失咗) is their fact', () => {
  const account = restatementItem('我阿媽部手機更新完，佢個賬戶成個唔見咗，入面有晒佢嘅密碼。', [
    ['update', ['更新']],
    ['gone', ['賬戶唔見', '戶口冇咗']],
  ]);
  expect(
    statusOf(
      account,
      '你媽媽部電話更新完，佢成個戶口消失咗，入面有晒佢嘅密碼。',
      'gone',
      'zh-Hans',
    ),
  ).not.toBe('contradicted');
});

import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

// Half of a four-fact story missing: partial when it is only left out, poor when the
// restatement says other things in its place (the missing half said wrong).
const cases = [
  {
    name: 'en',
    lang: 'en' as const,
    item: restatementItem(
      'My landlord kept my £600 deposit in April, says I broke the oven door, and the oven was already cracked when I moved in.',
      [
        ['deposit', ['£600', 'deposit']],
        ['april', ['April']],
        ['oven-blame', ['broke the oven', 'oven door']],
        ['cracked-before', ['already cracked', 'cracked when you moved in']],
      ],
    ),
    shortened:
      'I can see why you are upset. Your landlord kept the £600 deposit in April. Is that right?',
    replaced:
      'I can see why you are upset. Your landlord kept the £600 deposit in April because the fridge leaked and you agreed to pay. Is that right?',
  },
  {
    name: 'zh-Hans',
    lang: 'zh-Hans' as const,
    item: restatementItem(
      '我订的婴儿床上周五到了，护栏断了一根，客服让我自己拍视频，已经等了六天没人回。',
      [
        ['crib', ['婴儿床']],
        ['rail', ['护栏断', '护栏']],
        ['video', ['拍视频', '视频']],
        ['six-days', ['六天', '6天']],
      ],
    ),
    shortened: '我理解您的心情。您订的婴儿床护栏断了一根，对吗？',
    replaced: '我理解您的心情。您订的婴儿床护栏断了一根，客服答应换新并且今天上门取件，对吗？',
  },
  {
    name: 'zh-Hant (judged as Chinese)',
    lang: 'zh-Hans' as const,
    item: restatementItem(
      '我訂的嬰兒床上週五到了，護欄斷了一根，客服讓我自己拍影片，已經等了六天沒人回。',
      [
        ['crib', ['嬰兒床']],
        ['rail', ['護欄斷', '護欄']],
        ['video', ['拍影片', '影片']],
        ['six-days', ['六天', '6天']],
      ],
    ),
    shortened: '我理解您的心情。您訂的嬰兒床護欄斷了一根，對嗎？',
    replaced: '我理解您的心情。您訂的嬰兒床護欄斷了一根，客服答應換新而且今天上門取件，對嗎？',
  },
];

test.each(cases)('$name: half the facts only left out is partial', ({ item, shortened, lang }) => {
  const j = judge.judge(item, shortened, lang);
  expect(j.criteria.filter((c) => c.status === 'missed')).toHaveLength(2);
  expect(j.verdict).toBe('partial');
});

test.each(cases)(
  '$name: half the facts replaced by claims of its own is poor',
  ({ item, replaced, lang }) => {
    expect(judge.judge(item, replaced, lang).verdict).toBe('fail');
  },
);

test('with fewer than four facts, one of two missing stays partial whatever else is said', () => {
  const item = restatementItem(
    'The courier left my parcel in the rain and the laptop inside is wet.',
    [
      ['rain', ['in the rain', 'rain']],
      ['laptop-wet', ['laptop', 'wet']],
    ],
  );
  const j = judge.judge(
    item,
    'That must be so annoying. Your laptop came soaked after a storm hit the depot. Is that right?',
    'en',
  );
  expect(j.verdict).toBe('partial');
});

import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

test.each([
  [
    'en',
    'en' as const,
    'Our minibus broke down on the motorway and twelve people were stuck for three hours.',
    ['twelve people', '12 people'],
    'That must have been exhausting. The minibus broke down on the motorway and twelve passengers were stranded for three hours. Is that right?',
    'That must have been exhausting. The minibus broke down on the motorway and ten passengers were stranded for three hours. Is that right?',
  ],
  [
    'zh-Hans',
    'zh-Hans' as const,
    '我们的中巴在高速上坏了，车上十二个人被困了三个小时。',
    ['十二个人', '12个人'],
    '真是太折腾了。中巴在高速上抛锚，十二位乘客被困了三个小时，对吗？',
    '真是太折腾了。中巴在高速上抛锚，十位乘客被困了三个小时，对吗？',
  ],
  [
    'zh-Hant',
    'zh-Hans' as const,
    '我們的中巴在高速上壞了，車上十二個人被困了三個小時。',
    ['十二個人', '12個人'],
    '真是太折騰了。中巴在高速上拋錨，十二位乘客被困了三個小時，對嗎？',
    '真是太折騰了。中巴在高速上拋錨，十位乘客被困了三個小時，對嗎？',
  ],
])(
  '%s: a count of people said with another noun for them is the same fact; another number is wrong',
  (_n, lang, customer, people, right, wrong) => {
    const item = restatementItem(customer, [
      ['breakdown', ['broke down', 'minibus', '中巴']],
      ['people', people],
      ['hours', ['three hours', '三个小时', '三個小時']],
    ]);
    const good = judge.judge(item, right, lang);
    expect(good.criteria.find((c) => c.id === 'people')?.status).toBe('met');
    expect(good.verdict).toBe('pass');
    const bad = judge.judge(item, wrong, lang);
    expect(bad.criteria.find((c) => c.id === 'people')?.status).toBe('contradicted');
    // One wrong count among right facts, feeling and check there: a minor slip (partial).
    expect(bad.verdict).toBe('partial');
  },
);

test('一个人 is "alone", not a count of one person', () => {
  const item = restatementItem('我一个人带着两个孩子在机场等了五个小时。', [
    ['kids', ['两个孩子']],
    ['hours', ['五个小时']],
  ]);
  const j = judge.judge(
    item,
    '您一个人带着两个孩子在机场等了五个小时，真是辛苦了，对吗？',
    'zh-Hans',
  );
  expect(j.criteria.some((c) => c.status === 'contradicted')).toBe(false);
});

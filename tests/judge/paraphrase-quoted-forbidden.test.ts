import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

test("en: the customer's own words handed back are not the trainee's forbidden phrase", () => {
  const item = restatementItem(
    'The bus driver left early, so I missed my last train home and had to pay £45 for a taxi.',
    [
      ['bus-early', ['left early', 'bus']],
      ['train', ['last train', 'train home']],
      ['taxi', ['£45', 'taxi']],
    ],
  );
  const j = judge.judge(
    item,
    'What a miserable end to your evening. The bus left early, so you missed the last train home and paid £45 for a taxi. Is that right?',
    'en',
  );
  expect(j.forbidden).toEqual([]);
  expect(j.verdict).toBe('pass');
});

test('en: the same phrase said of the customer by the trainee still counts', () => {
  const item = restatementItem('The bus driver left early and I had to pay £45 for a taxi.', [
    ['bus-early', ['left early', 'bus']],
    ['taxi', ['£45', 'taxi']],
  ]);
  const j = judge.judge(
    item,
    'What a miserable end to your evening. You missed the bus, so you paid £45 for a taxi. Is that right?',
    'en',
  );
  expect(j.forbidden.length).toBeGreaterThan(0);
  expect(j.verdict).not.toBe('pass');
});

test.each([
  [
    'zh-Hans',
    '我要退这双鞋，店员只回了一句“这是我们公司的规定”，连小票都不看。',
    '店员只回了一句“这是我们公司的规定”，连小票都不看就不给您退鞋，难怪您生气。是这样吧？',
  ],
  [
    'zh-Hant',
    '我要退這雙鞋，店員只回了一句「這是我們公司的規定」，連發票都不看。',
    '店員只回了一句「這是我們公司的規定」，連發票都不看就不給您退鞋，難怪您生氣。是這樣吧？',
  ],
])(
  '%s: a complaint quoting the staff is the customer’s story, not the trainee’s phrase',
  (_n, customer, answer) => {
    const item = restatementItem(customer, [
      ['shoes', ['退鞋', '鞋']],
      ['policy', ['公司的规定', '公司的規定', '规定', '規定']],
      ['receipt', ['小票', '发票', '發票']],
    ]);
    const j = judge.judge(item, answer, 'zh-Hans');
    expect(j.forbidden).toEqual([]);
    expect(j.verdict).toBe('pass');
    const own = judge.judge(
      item,
      answer.replace(/难怪您生气|難怪您生氣/, '您先冷静一点'),
      'zh-Hans',
    );
    expect(own.forbidden.length).toBeGreaterThan(0);
  },
);

import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

test.each([
  [
    'zh-Hans',
    '我约了周六上午装空调，师傅说好九点到，结果一直没来，电话也不接。',
    '偏偏赶上周末，真是太不凑巧了。您约了周六上午九点装空调，师傅一个也没来，打电话也没人接，我说得对吗？',
  ],
  [
    'zh-Hant',
    '我約了週六上午裝冷氣，師傅說好九點到，結果一直沒來，電話也不接。',
    '偏偏碰上週末，真是太不湊巧了。您約了週六上午九點裝冷氣，師傅一個也沒來，打電話也沒人接，我說得對嗎？',
  ],
])('%s: a feeling and a fact in the trainee’s own words', (_n, customer, answer) => {
  const item = restatementItem(customer, [
    ['when', ['周六上午', '週六上午', '九点', '九點']],
    ['install', ['装空调', '裝冷氣']],
    ['noshow', ['一直没来', '一直沒來', '没人来', '沒人來']],
    ['phone', ['电话也不接', '電話也不接', '不接电话', '不接電話']],
  ]);
  const j = judge.judge(item, answer, 'zh-Hans');
  expect(j.criteria.find((c) => c.id === 'feeling')?.met).toBe(true);
  expect(j.criteria.find((c) => c.id === 'noshow')?.status).toBe('met');
  expect(j.verdict).toBe('pass');
});

test('zh: the fact said the other way round is still not met by the shortened wording', () => {
  const item = restatementItem('师傅说好九点到，结果一直没来。', [['noshow', ['一直没来']]]);
  const j = judge.judge(item, '师傅九点就来了，真是太不凑巧了，对吗？', 'zh-Hans');
  expect(j.criteria.find((c) => c.id === 'noshow')?.met).toBe(false);
});

test('en: a feeling in the trainee’s own words', () => {
  const item = restatementItem(
    'The engineer was due on Saturday morning and never came, and nobody picks up the phone.',
    [
      ['when', ['Saturday morning']],
      ['noshow', ['never came', "didn't come", 'no-show']],
      ['phone', ['nobody picks up', 'no one answers']],
    ],
  );
  const j = judge.judge(
    item,
    'What a miserable way to lose a Saturday. The engineer was due on Saturday morning, never came, and no one answers the phone. Did I get that right?',
    'en',
  );
  expect(j.criteria.find((c) => c.id === 'feeling')?.met).toBe(true);
  expect(j.verdict).toBe('pass');
});

import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

const item = restatementItem(
  '我的洗碗机装好第三天就漏水，我找你们客服，客服说要等两周才能派人。我厨房都泡了，真的很烦。',
  [
    ['leak', ['漏水']],
    ['day-three', ['第三天']],
    ['wait', ['等两周', '两周']],
  ],
);

test('the customer going to customer service, handed back, sends nobody anywhere', () => {
  const j = judge.judge(
    item,
    '您的洗碗机装好第三天就漏水，您找客服，客服却说要等两周才派人来。厨房都泡了，换了谁都会烦。我说得对吗？',
    'zh-Hans',
  );
  expect(j.forbidden).toEqual([]);
  expect(j.verdict).toBe('pass');
});

test('an instruction to go to customer service stays forbidden', () => {
  const j = judge.judge(
    item,
    '您的洗碗机装好第三天就漏水，要等两周，您找客服吧。换了谁都会烦。我说得对吗？',
    'zh-Hans',
  );
  expect(j.forbidden.length).toBeGreaterThan(0);
});

test('anyone in the customer’s place: a feeling said with 谁…都 or 谁身上', () => {
  for (const feeling of ['这种事放谁身上都窝火。', '搁谁都不舒服。', '谁心里都不踏实。']) {
    const j = judge.judge(
      item,
      `您的洗碗机装好第三天就漏水，客服说要等两周才派人。${feeling}我说得对吗？`,
      'zh-Hans',
    );
    expect(j.criteria.find((c) => c.id === 'feeling')?.met, feeling).toBe(true);
  }
});

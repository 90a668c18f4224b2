import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

const tooth = restatementItem(
  '我爸上周二在你们诊所拔牙，医生拔了两次都没拔出来，脸肿了三天。我很生气。',
  [
    ['day', ['上周二']],
    ['swollen', ['肿']],
  ],
);

test("a failure retold in a clause with no agent, in the customer's words around it, is their story", () => {
  const j = judge.judge(
    tooth,
    '叔叔上周二来拔牙，医生连拔两次都没成功，脸肿了三天。我理解得对吗？',
    'zh-Hans',
  );
  expect(j.forbidden).toEqual([]);
  expect(j.criteria.find((c) => c.id === 'no-forbidden')?.met).toBe(true);
});

test('the trainee refusing in the restatement is still a forbidden phrase', () => {
  const j = judge.judge(
    tooth,
    '叔叔上周二来拔牙，医生拔了两次没拔出来，脸肿了三天。这个我们没办法处理。我理解得对吗？',
    'zh-Hans',
  );
  expect(j.forbidden.length).toBeGreaterThan(0);
});

import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { factStatus, restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const printer = '打印机坏了，售后说零件下周才到，我这周的报表都打不了，真着急。';

test('a week said with another word for it (下周 ~ 下礼拜 ~ 下星期)', () => {
  for (const answer of ['售后说零件下礼拜才到。', '零件要下星期才能到。'])
    expect(factStatus(judge, printer, ['下周'], answer, 'zh-Hans'), answer).toBe('met');
  expect(factStatus(judge, printer, ['下周'], '零件这礼拜就到。', 'zh-Hans')).not.toBe('met');
});

test('a check asked as done (我都说对了吗)', () => {
  const item = restatementItem(printer, [['part', ['零件']]]);
  const check = (answer: string) =>
    judge.judge(item, answer, 'zh-Hans').criteria.find((c) => c.builtin === 'check-question')?.met;
  expect(check('打印机零件下周才到，报表打不了，难怪您着急。我都说对了吗？')).toBe(true);
  expect(check('打印机零件下周才到，报表打不了，难怪您着急。')).toBe(false);
});

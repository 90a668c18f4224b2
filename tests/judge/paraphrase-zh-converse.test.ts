import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

const watch = restatementItem(
  '我上周在你们表行花八千买了一块二手手表,说是原装机芯,拿去检测发现换过零件。',
  [
    ['price', ['八千', '8000']],
    ['watch', ['二手手表', '手表']],
    ['movement', ['原装机芯']],
    ['parts', ['换过零件']],
  ],
);

const statuses = (answer: string) =>
  judge.judge(watch, answer, 'zh-Hans').criteria.map((c) => `${c.id}:${c.status}`);

test('the customer who bought, told back as selling, contradicts what was traded', () => {
  expect(
    statuses('您是说您上周把一块二手手表卖给我们,我们只给了八千,说是原装机芯,对吗?'),
  ).toContain('watch:contradicted');
});

test('the shop selling to the customer is the same trade', () => {
  const said = statuses(
    '您是说我们上周卖给您一块二手手表,八千块,说是原装机芯,检测发现换过零件,对吗?',
  );
  expect(said).toContain('watch:met');
  expect(said.some((s) => s.endsWith(':contradicted'))).toBe(false);
});

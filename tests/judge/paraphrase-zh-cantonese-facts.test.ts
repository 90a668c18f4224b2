import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { factStatus, restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

const camp =
  '我們訂了你們營地的帳篷兩晚,半夜下大雨帳篷漏水,小孩冷到整晚沒睡,管理員說明天才有人來看。';

test('a fact worded in Mandarin, restated in written Cantonese, is met', () => {
  expect(
    factStatus(
      judge,
      camp,
      ['小孩冷到沒睡'],
      '你哋訂咗兩晚帳篷,半夜落大雨漏水,細路冷到瞓唔著,管理員話聽日先有人嚟睇。',
      'zh-Hans',
    ),
  ).toBe('met');
  // Read as Mandarin it must still say the fact: the children slept well is not it.
  expect(
    factStatus(
      judge,
      camp,
      ['小孩冷到沒睡'],
      '你哋訂咗兩晚帳篷,半夜落大雨漏水,細路瞓得好好,管理員話聽日先有人嚟睇。',
      'zh-Hans',
    ),
  ).not.toBe('met');
});

test('"whoever it was" in Cantonese acknowledges the feeling, alone in its sentence', () => {
  const item = restatementItem(camp, [['leak', ['漏水']]]);
  const feeling = (answer: string) =>
    judge.judge(item, answer, 'zh-Hans').criteria.find((c) => c.id === 'feeling')?.met;
  expect(feeling('帳篷半夜漏水,小孩一夜沒睡。換邊個都會火滾。對嗎?')).toBe(true);
  expect(feeling('帳篷半夜漏水,小孩一夜沒睡。對嗎?')).toBe(false);
});

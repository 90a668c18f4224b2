import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { normalise, parseChineseNumeral } from '../../src/judge/text/index.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

test('the financial numerals of receipts are numbers before a measure word', () => {
  expect(normalise('少了贰块瓷砖').text).toContain('2块');
  expect(normalise('買了叁盒茶葉').text).toContain('3盒');
  expect(parseChineseNumeral('壹佰贰拾')).toBe(120);
  expect(normalise('捐了伍佰元').text).toContain('500元');
  // 伍 and 陆 alone stay words: 大陆人 is no count of people, 伍家 a family.
  expect(normalise('大陆人').text).toContain('陆');
  expect(normalise('伍家的店').text).toContain('伍家');
});

test('a count written in financial numerals meets the fact and a wrong one contradicts it', () => {
  const judge = createJudge(resources);
  const item = restatementItem('我订的瓷砖少了两块,工人明天就要来铺了。', [
    ['missing', ['少了两块', '缺两块']],
    ['fitter', ['明天', '工人明天来']],
  ]);
  const status = (answer: string) =>
    judge.judge(item, answer, 'zh-Hans').criteria.find((c) => c.id === 'missing')?.status;
  expect(status('瓷砖少了贰块,工人明天就来,您一定很着急。是这样吗?')).toBe('met');
  expect(status('瓷砖少了叁块,工人明天就来,您一定很着急。是这样吗?')).toBe('contradicted');
});

import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

const checkup =
  '我给爸妈各订了一套体检，上周拿报告，我妈的报告整份找不到了，我爸的报告把血糖数值写错了，你们前台说是系统问题。';
const item = restatementItem(checkup, [
  ['lost', ['找不到', '丢了']],
  ['wrong', ['写错', '血糖']],
  ['desk', ['系统问题']],
]);
const statuses = (answer: string) =>
  judge.judge(item, answer, 'zh-Hans').criteria.map((c) => c.status);

test('each relative told with their own part of the story is no wrong person', () => {
  expect(
    statuses(
      '您给父母订了体检，令堂的报告整份找不到了，令尊的报告血糖数值写错了，前台说是系统问题，对吗？',
    ),
  ).not.toContain('contradicted');
});

test('the two relatives swapped, or a relative the customer never named, is a wrong fact', () => {
  expect(
    statuses(
      '您给父母订了体检，您爸爸的报告整份找不到了，您妈妈的报告血糖数值写错了，前台说是系统问题，对吗？',
    ),
  ).toContain('contradicted');
  expect(
    statuses(
      '您给父母订了体检，您太太的报告整份找不到了，令尊的报告血糖写错了，前台说是系统问题，对吗？',
    ),
  ).toContain('contradicted');
});

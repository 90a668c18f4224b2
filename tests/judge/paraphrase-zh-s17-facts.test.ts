import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { factStatus, restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

test("written Cantonese grammar (哋, 嘅) is no clause's context: facts told back in order are not swapped", () => {
  const furniture =
    '上個禮拜喺你哋度訂咗一套傢俬，有梳化、餐枱同埋床，俾咗三千蚊訂金，講好星期一送到。今日打電話問，你哋話師傅病咗，最快下個月先整得好。';
  const item = restatementItem(furniture, [
    ['items', ['梳化', '餐枱', '床']],
    ['deposit', ['三千', '3000']],
    ['deliver', ['星期一']],
    ['news', ['師傅病咗', '下個月']],
  ]);
  const answer = '你喺我哋度訂咗梳化、餐枱同床，約好星期一送到，但師傅病咗要下個月先有，啱唔啱？';
  const statuses = judge.judge(item, answer, 'zh-Hans').criteria.map((c) => c.status);
  expect(statuses).not.toContain('contradicted');
});

const cleaning =
  '我請你們的清潔師來打掃客廳跟陽台，結果陽台根本沒碰。我打去問，你們說打掃師傅很忙。';
const untouched = ['沒碰', '沒打掃'];

test('a denied fact is not contradicted by its verb inside words the customer said so too', () => {
  expect(
    factStatus(
      judge,
      cleaning,
      untouched,
      '您請我們打掃客廳，我們說打掃師傅很忙，對嗎？',
      'zh-Hans',
    ),
  ).toBe('missed');
  expect(factStatus(judge, cleaning, untouched, '陽台我們也打掃了，對嗎？', 'zh-Hans')).toBe(
    'contradicted',
  );
});

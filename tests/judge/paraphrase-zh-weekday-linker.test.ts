import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { valuesIn } from '../../src/judge/text/values.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const values = (s: string) => valuesIn(s).map((v) => `${v.type}/${v.unit}=${v.value}`);

// Re-measured alone from session 32's 021d31e5 (reverted there with six other readings).
test('Cantonese 個 after a weekday links the day to its noun; after a count it counts', () => {
  expect(values('報咗下星期六個烘焙班')).toEqual(['weekday/day=6']);
  expect(values('為咗星期三個安裝請咗假')).toEqual(['weekday/day=3']);
  // A week counted or each week (一個星期六個鐘, 每個禮拜三個班): the number after it counts.
  expect(values('一個星期六個鐘')).toEqual(['duration/day=7', 'duration/hour=6']);
  expect(values('每個禮拜三個班')).toEqual(['quantity/个=3']);
  const talk = '我報咗你哋下個禮拜五嘅投資講座,交咗三百蚊,今日先話改咗期。';
  expect(
    factStatus(
      judge,
      talk,
      ['下個禮拜五', '禮拜五'],
      '你交咗三百蚊報咗下星期五個講座,今日先話改期。',
      'zh-Hans',
    ),
  ).toBe('met');
});

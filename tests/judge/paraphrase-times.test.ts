import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { valuesIn } from '../../src/judge/text/values.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const clocks = (s: string) =>
  valuesIn(s)
    .filter((v) => v.type === 'time' && v.unit === 'clock')
    .map((v) => v.value);

test('values: clock times in digits, with a part of the day, and 一点 before 才 are read', () => {
  expect(clocks('约的15:00，师傅没来')).toEqual(['3:00']);
  expect(clocks('we got there at 7 in the evening')).toEqual(['7:00']);
  expect(clocks('一点才送到')).toEqual(['1:00']);
  // 一点 as "a little", and a colon that only ends a clause, stay what they were.
  expect(clocks('便宜一点就好')).toEqual([]);
  expect(valuesIn('第三次了：5月和7月').map((v) => `${v.type}:${v.value}`)).toEqual([
    'quantity:3',
    'date:5',
    'date:7',
  ]);
});

const visit = restatementItem('师傅说好下午四点上门，结果六点多才到，我请了半天假。', [
  ['time', ['下午四点', '四点']],
  ['late', ['六点多', '迟到']],
  ['leave', ['请了半天假', '请假']],
]);

test('zh: a time written 16:00 restates 下午四点', () => {
  const j = judge.judge(
    visit,
    '师傅约的16:00，六点多才到，您还请了假。我理解您很生气，对吗？',
    'zh-Hans',
  );
  expect(j.criteria.find((c) => c.id === 'time')?.met).toBe(true);
  expect(j.verdict).toBe('pass');
});

test('zh: another clock time for it is still no restatement of it', () => {
  const j = judge.judge(
    visit,
    '师傅约的14:00，六点多才到，您还请了假。我理解您很生气，对吗？',
    'zh-Hans',
  );
  expect(j.criteria.find((c) => c.id === 'time')?.met).toBe(false);
  expect(j.verdict).not.toBe('pass');
});

const pickup = restatementItem(
  'The courier was booked for 7 in the evening and turned up at midnight, so I missed my train.',
  [
    ['booked', ['7 in the evening', '7pm', 'seven']],
    ['came', ['midnight']],
    ['train', ['missed my train', 'missed the train']],
  ],
);

test('en: 19:00 restates "7 in the evening"', () => {
  const j = judge.judge(
    pickup,
    'The courier was due at 19:00, only came at midnight, and you missed the train. How infuriating. Is that right?',
    'en',
  );
  expect(j.criteria.find((c) => c.id === 'booked')?.met).toBe(true);
  expect(j.verdict).toBe('pass');
});

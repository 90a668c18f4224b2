import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

const books = '我借的三本书上周五按时还了,系统还是说我逾期,扣了我三十块。';
const onTime = ['按时还书', '按时还了'];

test('done on time retold as done late is contradicted', () => {
  for (const answer of [
    '您上周五还书晚了,系统扣了三十块。',
    '您的三本书迟了几天才还,系统扣了三十。',
  ])
    expect(factStatus(judge, books, onTime, answer, 'zh-Hans')).toBe('contradicted');
});

test('on time, or not late, is no contradiction', () => {
  expect(factStatus(judge, books, onTime, '您上周五按时还了三本书,系统却说逾期。', 'zh-Hans')).toBe(
    'met',
  );
  expect(
    factStatus(judge, books, onTime, '您上周五还书没有晚,系统却扣了三十。', 'zh-Hans'),
  ).not.toBe('contradicted');
  // 还 as "still", before what someone says: no returning late.
  expect(factStatus(judge, books, onTime, '三本书上周五按时还了,系统还说您逾期。', 'zh-Hans')).toBe(
    'met',
  );
});

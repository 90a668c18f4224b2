import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const status = (j: ReturnType<typeof judge.judge>, id: string) =>
  j.criteria.find((c) => c.id === id)?.status;

test('对不起 at the end is an apology, not a check question', () => {
  const item = restatementItem('我的快递三天了还没到，里面是药，我很着急。', [
    ['days', ['三天', '3天']],
    ['medicine', ['药']],
  ]);
  const facts = '您的快递三天了还没到，里面是药，难怪您着急';
  const sorry = judge.judge(item, `${facts}，真是对不起。`, 'zh-Hans');
  expect(sorry.criteria.find((c) => c.id === 'check-question')?.met).toBe(false);
  expect(sorry.verdict).toBe('partial');
  expect(judge.judge(item, `${facts}，对不对？`, 'zh-Hans').verdict).toBe('pass');
});

test('a place is the same place with a verb of coming after it (从成都赶过来 = 从成都赶来)', () => {
  const item = restatementItem('我们一家从成都赶来参加婚礼，结果酒店说没有我们的预订。', [
    ['from', ['成都']],
    ['booking', ['没有预订', '没有我们的预订', '查不到预订']],
  ]);
  const j = judge.judge(
    item,
    '您一家从成都赶过来参加婚礼，酒店却说没有您的预订，难怪您着急。是这样吧？',
    'zh-Hans',
  );
  expect(status(j, 'from')).toBe('met');
  expect(j.verdict).toBe('pass');
  const wrong = judge.judge(
    item,
    '您一家从重庆赶过来参加婚礼，酒店却说没有您的预订，难怪您着急。是这样吧？',
    'zh-Hans',
  );
  expect(status(wrong, 'from')).toBe('contradicted');
});

test('a number in another clause counts something else than the fact said with it', () => {
  const item = restatementItem('我上周来办手续，今天换了一个人说还少一份收入证明，我白跑了一趟。', [
    ['when', ['上周']],
    ['missing', ['收入证明']],
    ['wasted', ['白跑']],
  ]);
  const j = judge.judge(
    item,
    '您上周来办手续，今天另一位同事却说还缺收入证明，害您白跑一趟，两个人说法都不一样，难怪您生气。我理解得对吗？',
    'zh-Hans',
  );
  expect(status(j, 'missing')).toBe('met');
  expect(j.verdict).toBe('pass');
});

import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

// A story of telling retold the other way round has no value to compare: who told whom, and
// whether anyone told at all, are read by the clause's structure.
const status = (item: ReturnType<typeof restatementItem>, answer: string, id: string) =>
  judge.judge(item, answer, 'zh-Hans').criteria.find((c) => c.id === id)?.status;

test('the customer told by a party, restated as the customer telling that party, is contradicted', () => {
  const item = restatementItem(
    '我在你们车行买的二手车,销售小陈当时跟我说没出过事故,结果去检测发现换过大梁,我花了八万六。',
    [
      ['promise', ['小陈', '没出过事故']],
      ['frame', ['换过大梁', '大梁']],
      ['price', ['八万六', '86000']],
    ],
  );
  const right =
    '您买二手车时销售小陈说车没出过事故,检测却发现换过大梁,花了八万六,难怪您生气。对吗?';
  const reversed =
    '您买二手车时跟小陈说过车没出过事故,检测却发现换过大梁,花了八万六,难怪您生气。对吗?';
  expect(status(item, right, 'promise')).toBe('met');
  expect(status(item, reversed, 'promise')).toBe('contradicted');
  expect(judge.judge(item, reversed, 'zh-Hans').verdict).toBe('fail');
});

test('Cantonese: 你同保安講咗 for 保安話 is the other way round', () => {
  const item = restatementItem(
    '我架單車泊喺你哋大廈門口,保安話可以泊,點知第二日就俾人剪咗鎖偷走咗,架車值三千蚊。',
    [
      ['guard', ['保安話', '保安']],
      ['stolen', ['偷走', '剪咗鎖']],
      ['value', ['三千', '3000']],
    ],
  );
  const reversed = '你同保安講咗會泊喺門口,第二日架車就俾人剪鎖偷走,值三千蚊,真係好嬲。係咪咁?';
  expect(status(item, reversed, 'guard')).toBe('contradicted');
});

test('nobody told the customer, restated as someone telling them, is contradicted', () => {
  const item = restatementItem(
    '我订的婚纱照外景改到了下周,你们摄影师一个字都没跟我提,我是到了公园才知道的。',
    [
      ['moved', ['改到了下周', '下周']],
      ['not-told', ['没提', '没说', '没通知']],
      ['where', ['公园']],
    ],
  );
  const right = '外景改到了下周,摄影师事先没通知您,您到了公园才知道,换谁都窝火。对吗?';
  const reversed = '外景改到了下周,摄影师之前已经跟您说过了,您到了公园还是很意外。对吗?';
  expect(status(item, right, 'not-told')).toBe('met');
  expect(status(item, reversed, 'not-told')).toBe('contradicted');
});

test.each([
  [
    '我的体检报告出来一周了,诊所没人通知我,是我自己打电话问的。',
    '报告出来一周了,诊所没人告诉您,是您自己打电话去问的,对吗?',
  ],
  [
    '我的体检报告出来一周了,诊所没人通知我,是我自己打电话问的。',
    '报告出来一周了,诊所也没跟您说一声,是您自己去问的,对吗?',
  ],
  [
    '我個化驗報告出咗一個禮拜,診所冇人通知我,係我自己打去問。',
    '報告出咗一個禮拜,診所都冇人同你講,係你自己打去問,係咪咁?',
  ],
])(
  'nobody told them, said with another verb of telling, meets the fact: %#',
  (customer, answer) => {
    const item = restatementItem(customer, [
      ['week', ['一周', '一個禮拜', '一个礼拜']],
      ['not-told', ['没人通知', '沒有通知', '冇人通知']],
    ]);
    expect(status(item, answer, 'not-told')).toBe('met');
  },
);

import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

const plumber = restatementItem(
  '水管工没关总阀就拆了水龙头，结果厨房全淹了，地板泡坏了，我真的很生气。',
  [
    ['valve', ['总阀', '水闸']],
    ['flooded', ['淹', '进水']],
    ['floor', ['地板']],
  ],
);
const parcel = restatementItem('速遞員冇打電話俾我就走咗，個包裹擺喺門口俾人攞走咗，我好嬲。', [
  ['call', ['電話']],
  ['taken', ['攞走', '偷']],
]);
const status = (item: typeof plumber, answer: string, id: string) =>
  judge.judge(item, answer, 'zh-Hans').criteria.find((c) => c.id === id);

test('zh: a verb the customer denied (没关), told as done (先关了), contradicts the fact told there: poor', () => {
  const answer =
    '水管工先关了总阀才拆水龙头，厨房还是淹了，地板也泡坏了，难怪您生气。我理解得对吗？';
  expect(status(plumber, answer, 'valve')).toMatchObject({
    status: 'contradicted',
    detail: 'zh-done-for-denied',
  });
  expect(judge.judge(plumber, answer, 'zh-Hans').verdict).toBe('fail');
});

test('粵: 冇打電話 told as 打咗電話 is contradicted', () => {
  const answer = '速遞員打咗電話俾你先走，包裹擺喺門口俾人攞走咗，難怪你咁嬲。係咪咁？';
  expect(status(parcel, answer, 'call')).toMatchObject({ status: 'contradicted' });
});

test('zh: the denial kept in other words, asked, or what was to be is no reversal', () => {
  for (const answer of [
    '水管工连总阀都没关就动手拆水龙头，厨房全淹了，地板泡坏了，难怪您生气。我理解得对吗？',
    '水管工本来应该先关了总阀再拆，结果厨房全淹了，地板泡坏了，难怪您生气。我理解得对吗？',
  ])
    expect(status(plumber, answer, 'valve')?.status).toBe('met');
  expect(
    status(plumber, '水管工关了总阀吗？厨房全淹了，地板泡坏了，难怪您生气。', 'valve')?.status,
  ).not.toBe('contradicted');
});

test('zh: a verb the customer also says was done elsewhere is no reversal', () => {
  const calls = restatementItem('我打了三次电话，你们一次都没打回来，冰箱到现在还没修。', [
    ['calls', ['三次', '电话']],
    ['fridge', ['冰箱']],
  ]);
  const answer = '您打了三次电话，冰箱到现在还没修，难怪您着急。对吗？';
  expect(status(calls, answer, 'calls')?.status).toBe('met');
});

import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

// A closing check in written Cantonese is read as Mandarin (對唔對呀 → 对不对呀, 係咪呀 →
// 是不是呀, 冇錯吧 → 没有错吧, 有冇講錯 → 有没有讲错).
const item = restatementItem('我上個月喺你哋度買咗張梳化,送嚟嗰日已經爛咗個角。', [
  ['sofa', ['梳化', '沙發']],
  ['broken', ['爛咗', '爛']],
]);
const check = (answer: string) =>
  judge.judge(item, answer, 'zh-Hans').criteria.find((c) => c.id === 'check-question')?.met;
const STORY = '你上個月買嘅梳化,送嚟已經爛咗個角,我明白你好嬲。';

test.each(['對唔對呀?', '係咪呀?', '冇錯吧?', '有冇講錯?'])(
  'a Cantonese check closing the restatement: %s',
  (end) => {
    expect(check(`${STORY}${end}`)).toBe(true);
  },
);

test.each(['你想幾時再嚟睇呀?', '你係咪冇收貨就簽咗名?', '您是不是没当场拆开看?'])(
  'a question that asks something else is no check: %s',
  (end) => {
    expect(check(`${STORY}${end}`)).toBe(false);
  },
);

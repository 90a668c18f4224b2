import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

const lamp = restatementItem('我上周五在你们店买的落地灯，八百块，插上电就冒烟。我很害怕。', [
  ['day', ['上周五', '周五']],
  ['price', ['八百', '800']],
  ['smoke', ['冒烟']],
]);

const check = (answer: string) =>
  judge.judge(lamp, answer, 'zh-Hans').criteria.find((c) => c.id === 'check-question')?.met;

test('"anything else?" alone closing a restatement asks whether it is complete', () => {
  expect(check('您上周五买的落地灯，八百块，一插电就冒烟，换谁都会害怕。还有其他吗？')).toBe(true);
  expect(check('你上個禮拜五買嘅落地燈，八百蚊，一插電就冒煙，真係好驚。仲有冇其他？')).toBe(true);
});

test('"anything else" inside another question, or no question at all, is no check', () => {
  expect(check('您上周五买的落地灯，八百块，一插电就冒烟。还有其他灯要买吗？')).toBe(false);
  expect(check('您上周五买的落地灯，八百块，一插电就冒烟，换谁都会害怕。')).toBe(false);
});

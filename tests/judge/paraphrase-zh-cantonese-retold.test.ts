import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const status = (customer: string, any: string[], answer: string) =>
  factStatus(judge, customer, any, answer, 'zh-Hans');

test('looking after children in Cantonese (湊仔, 睇小朋友) is 照顾孩子', () => {
  const leave = '我老婆出咗差，我要請假喺屋企湊仔，冇得返工。';
  expect(
    status(leave, ['請假湊仔', '請假照顧小朋友'], '你太太出差，你要請假喺屋企睇小朋友，返唔到工。'),
  ).toBe('met');
});

test('a wording that is only 湊仔 is read as Cantonese too', () => {
  const leave = '我老婆出咗差，我要請假喺屋企湊仔。';
  expect(status(leave, ['湊仔'], '你太太出差，你要請假喺屋企照顧孩子。')).toBe('met');
});

test('nobody came, said as nobody came to the door, both in Cantonese', () => {
  const aircon = '我約咗師傅禮拜三嚟整冷氣，等咗成日都冇人嚟。';
  expect(status(aircon, ['冇人嚟'], '你約咗師傅禮拜三整冷氣，等咗一日都冇人上門。')).toBe('met');
});

test('a Cantonese wording is read as Mandarin before its senses: 打唔通 ~ 冇人接', () => {
  const hotline = '我打咗三次熱線都打唔通。';
  expect(status(hotline, ['打唔通'], '你打咗三次熱線，次次都冇人接。')).toBe('met');
});

test('话你知 is telling: not told at once, said as not told first thing', () => {
  const fever = '個仔喺學校發燒，啲老師冇即刻通知我。';
  expect(status(fever, ['冇即刻通知'], '個仔喺學校發燒，老師冇第一時間話你知。')).toBe('met');
});

test('吓 after a verb is 下 (玩吓 ~ 玩下)', () => {
  const play = '我個女喺遊樂場撞親頭，職員話細路玩下好正常。';
  expect(status(play, ['玩下好正常'], '你個女撞親頭，佢哋職員話小朋友玩吓好正常。')).toBe('met');
});

test('唔識 is 不會 and 跌低 is 跌倒, in the wordings and the answer alike', () => {
  const carer = '請咗個姐姐兩個禮拜，佢連幫我阿爸落床都唔識，上個禮拜仲俾我阿爸喺露台跌親。';
  expect(status(carer, ['落床都唔識'], '佢做咗兩星期，連扶你阿爸落個床都唔會。')).toBe('met');
  expect(status(carer, ['跌倒'], '上星期你阿爸仲喺露台度跌低咗。')).toBe('met');
});

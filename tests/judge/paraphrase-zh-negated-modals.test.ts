import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

// A Chinese negation may take a modal, 有 or "anyone" before its verb without changing the fact
// (不能退 = 不可以退 = 没法退 = 冇得退, 没有回复 = 没有任何回复, 没人接 = 没有人接); 拒绝 before a
// verb denies it.
const status = (customer: string, any: string[], answer: string) =>
  factStatus(judge, customer, any, answer, 'zh-Hans');

test.each([
  ['店员说这双鞋不能退,只能换。', ['不能退'], '店员说这双鞋不可以退,让您换一双,对吗?'],
  ['店员说这双鞋不能退,只能换。', ['不能退'], '店员拒绝给您退这双鞋,让您换一双,对吗?'],
  ['店員話對鞋冇得退,淨係可以換。', ['冇得退'], '店員話對鞋唔可以退,淨係換得,係咪咁?'],
  ['店員話對鞋冇得退,淨係可以換。', ['冇得退'], '店員話對鞋冇辦法退,淨係換得,係咪咁?'],
  ['我发了三封邮件都没有回复。', ['没有回复'], '您发了三封邮件,到现在都没任何回复,对吗?'],
  ['我打了三次电话都没人接。', ['没人接'], '您打了三次电话都没有人接听,对吗?'],
])('a denied verb with or without its modal meets the fact: %#', (customer, any, answer) => {
  expect(status(customer, any, answer)).toBe('met');
});

test.each([
  ['店员说这双鞋不能退,只能换。', ['不能退'], '店员说这双鞋可以退,也可以换,对吗?'],
  ['我打了三次电话都没人接。', ['没人接'], '您打了三次电话,有人接了,对吗?'],
])('the verb affirmed does not meet it: %#', (customer, any, answer) => {
  expect(status(customer, any, answer)).not.toBe('met');
});

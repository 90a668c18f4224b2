import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { valuesIn } from '../../src/judge/text/values.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const read = (text: string) => valuesIn(text).map((v) => `${v.type}/${v.unit}/${v.value}`);

test.each([
  ['大前天买的', 'date/relative/three-days-before'],
  ['两天前买的', 'date/relative/day-before'],
  ['你後日搬屋', 'date/relative/day-after'],
  ['上上个礼拜订的', 'date/weeks-back/2'],
  ['两个礼拜前订的', 'date/weeks-back/2'],
  ['约好三点一刻', 'time/clock/3:15'],
  ['约好三点三刻', 'time/clock/3:45'],
  ['差五分三点来电话', 'time/clock/2:55'],
  ['三点差五分来电话', 'time/clock/2:55'],
  ['差一刻三點到', 'time/clock/2:45'],
  ['約咗三點三個字', 'time/clock/3:15'],
  ['等了一刻钟', 'duration/minute/15'],
  ['等了三刻钟', 'duration/minute/45'],
  ['等了个把月', 'duration/day/30'],
  ['只退百分之三十', 'quantity/percent/30'],
  ['只退了三成', 'quantity/percent/30'],
  ['年底结婚', 'date/month/12'],
  ['年初买的', 'date/month/1'],
  ['月底前送到', 'date/month-part/end'],
  ['这个月末送到', 'date/month-part/end'],
  ['下旬送到', 'date/month-part/end'],
  ['拖了三四天', 'duration/day/4'],
  ['来了五六个人', 'quantity/person/6'],
  ['晚了三分之一个钟头', 'duration/minute/20'],
  ['每堂四分之三小时', 'duration/minute/45'],
  ['遲咗三分一個鐘', 'duration/minute/20'],
  ['等咗四分三個鐘', 'duration/minute/45'],
  // 一家 of 一家五口 is the whole family, no count of one (aee9dfa).
  ['我们一家五口去的', 'quantity/person/5'],
  ['五口人挤一间房', 'quantity/person/5', 'quantity/间/1'],
])('a value said in a form of its own is read: %s', (text, ...values) => {
  expect(read(text)).toEqual(values);
});

test.each([
  // 然后日本, 以后日子: 后日 inside other words names no day.
  ['然后日本的朋友来了', 'date/relative/day-after'],
  // 年初一 is a day of the new year, no January.
  ['年初一那天关门', 'date/month/1'],
  // 三个月中 is "within three months", no middle of a month.
  ['三个月中有两次', 'date/month-part/middle'],
  // 三日前 may be "before the 3rd".
  ['三日前交货', 'date/relative/three-days-before'],
  // 两口 are bites where no household is named.
  ['喝了两口就吐了', 'quantity/person/2'],
])('words that only look like such a form are not read as it: %s', (text, value) => {
  expect(read(text)).not.toContain(value);
});

const S = (answer: string) => `${answer}难怪您着急。我理解得对吗？`;

test.each([
  ['我前天买的书桌，今天就坏了。', ['两天前'], '您是说前天买的书桌今天就坏了。'],
  ['我两天前买的书桌，今天就坏了。', ['前天'], '您是说两天前买的书桌今天就坏了。'],
  ['我们约的是三点一刻。', ['三点一刻'], '您是说约的是三点十五分。'],
  ['他两点五十五分才来电话。', ['两点五十五'], '您是说他差五分三点才来电话。'],
  ['客服说只能退三成。', ['30%'], '您是说客服说只能退三成。'],
  ['客服说只能退三成。', ['三成'], '您是说客服说只退百分之三十。'],
  ['我打了三四次电话。', ['三四次'], '您是说您打了三到四次电话。'],
  ['客服说等一刻钟回电。', ['一刻钟'], '您是说客服说等十五分钟回电。'],
  ['我年底要结婚。', ['年底'], '您是说十二月要结婚。'],
  ['我年初买的。', ['年初'], '您是说一月买的。'],
  ['说好十二号送到。', ['十二号'], '您是说讲好12日送到。'],
  ['说好月底送到。', ['月底'], '您是说讲好这个月末送到。'],
  ['我上上周订的。', ['上上周'], '您是说两周前订的。'],
  ['我等了个把月。', ['个把月'], '您是说等了一个来月。'],
  ['我等了半个钟。', ['半个钟'], '您是说等了三十分钟。'],
  ['我等了九十分钟。', ['九十分钟'], '您是说等了一个半钟头。'],
  ['师傅晚了四十分钟。', ['四十分钟'], '您是说师傅晚了三分之二个钟头。'],
  ['我等咗二十分鐘。', ['二十分鐘'], '您是说你等咗三分一個鐘。'],
  ['我们一家子五个人订了两晚。', ['五个人'], '您是说您一家五口订了两晚。'],
  ['我哋一家四口訂咗套票。', ['四個人'], '您是说你哋一家四個訂咗套票。'],
])('a value restated in another form meets the fact: %#', (customer, any, answer) => {
  expect(factStatus(judge, customer, any, S(answer), 'zh-Hans')).toBe('met');
});

test.each([
  ['我前天买的书桌，今天就坏了。', ['前天'], '您是说大前天买的书桌今天就坏了。'],
  ['我们约的是三点一刻。', ['三点一刻'], '您是说约的是三点三刻。'],
  ['说好月底送到。', ['月底'], '您是说讲好月初送到。'],
  ['我年底要结婚。', ['年底'], '您是说年初要结婚。'],
  ['师傅晚了四十分钟。', ['四十分钟'], '您是说师傅晚了三分之一个钟头。'],
  ['我们一家子五个人订了两晚。', ['五个人'], '您是说您一家三口订了两晚。'],
])('another value in such a form is a wrong value: %#', (customer, any, answer) => {
  expect(factStatus(judge, customer, any, S(answer), 'zh-Hans')).toBe('contradicted');
});

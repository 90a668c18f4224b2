import { describe, expect, test } from 'vitest';
import { actsWithModel, modelClean } from './phrases-helpers.js';

// Session 27: directives to the customer read by who acts. The customer sent to a superior on
// their own (a verb of reaching a person, the superior, "yourself" / 自己; a wish of theirs as the
// condition); the agent reaching the superior, or offering to, stays clean.

const SENT_UP = ['passing-the-buck', 'send-to-manager'];
const sentUp = (text: string) =>
  actsWithModel(text).some((a) => a !== undefined && SENT_UP.includes(a));

describe('the customer sent to a superior on their own', () => {
  test.each([
    "If you'd like the deposit back, you'll have to ring the branch manager yourself.",
    'For a discount you would need to speak to the owner yourself.',
    '想退押金的话,你去找店长吧。',
    '想改期你自己同主管講啦。',
    '要投訴請自己寫信給我們部長。',
  ])('%s', (text) => {
    expect(sentUp(text)).toBe(true);
  });
  modelClean('the agent reaches the superior, or offers to', [
    "I'll speak to the manager myself and ring you back before five.",
    'You can ring the manager yourself, or I can do it for you now.',
    "I've talked to the owner myself and she's agreed to waive it.",
    '我同经理讲过了,她下午打给你。',
    '我向主管申请了,明天给您答复。',
  ]);
});

// Chinese orders chained by clause shape: subjectless handling steps with their result or place,
// or one step with a demand beside it (zh-order-chain.ts); the agent as the place (放我这儿)
// takes the thing in.
describe('Chinese steps chained into an order', () => {
  test.each([
    '外套脱下来,挂到门后面。',
    '旧滤芯拆掉,装回盒子里寄回来。',
    '单据再填一遍,每一栏都要写。',
    '部手機寄返嚟,充電線一條都不能少。',
    '門卡收好,等保安叫名。',
  ])('%s is an order', (text) => {
    expect(actsWithModel(text)).toContain('order');
  });
  modelClean('a report, a how-to, help after it, or the agent taking the thing in', [
    '旧滤芯拆掉了,新的也装好了。',
    '外套放我这儿,走的时候我给您拿过来。',
    '单据再填一遍,我们帮您交上去。',
    '插头插好,指示灯亮了就是在充电。',
  ]);
});

import { describe } from 'vitest';
import { flagsAs, staysClean } from './phrases-helpers.js';

// Chinese acts of session 13's second round (issue 11; the misses of probe-phrzh-s13b's first
// run), each in sentences written for this test. Beside each class, its near miss stays clean.
describe('the customer’s account called too much (太夸张), no tag', () => {
  flagsAs('doubt', ['你話成個禮拜都冇人覆你？太誇張喇。']);
  staysClean(['这个价格也太夸张了，我帮您申请个优惠。']);
});

describe('a fine as the sanction for being late', () => {
  flagsAs('order', ['六点前还书，晚了罚款。']);
  staysClean(['逾期会加收每天一元的费用。']);
});

describe('"could you not have … first?" asked of the customer', () => {
  flagsAs('blame', ['你报名前就不会先看一下时间表吗？']);
  staysClean(['您是说吹风机用了三天就不会热了，对吗？', '您下单前可以先问一下客服。']);
});

describe('"can’t you read / fill it in?" (你是不会…？)', () => {
  flagsAs('confrontation', ['你是不會填表喔？']);
  staysClean(['您是不会填吗？我帮您填。']);
});

describe('a load of orders, then the customer’s thing put off (…遲啲先)', () => {
  flagsAs('dismissal', ['今日好多單，你嗰部遲啲先。']);
  staysClean(['今日好多單，你嗰部下晝三點前整好，整好我打俾你。']);
});

describe('the restock “hard to say”, nothing offered', () => {
  flagsAs('refusal', ['这款已经卖断了，什么时候补货很难说。']);
  staysClean(['什么时候补货很难说，到了我发短信通知您。']);
});

describe('agreeing that the agent’s side is always late', () => {
  flagsAs('unprofessional', ['对啊，我们的司机老是迟到。']);
  staysClean(['对啊，我们的司机老是迟到，我马上给您换一个司机。']);
});

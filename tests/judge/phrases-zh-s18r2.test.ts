import { describe } from 'vitest';
import { flagsAs, modelClean, staysClean } from './phrases-helpers.js';

// Chinese acts of session 18's second round (issue 11), each in sentences written for this test.
describe('precedent: a starting year, then 就是这么 + a verb of handling', () => {
  flagsAs('dismissal', ['我们洗衣店从八几年起就是这么收费的。', '我哋由开业以来就系咁计运费。']);
  staysClean(['从明年起就是这么算了：满一百免运费，我先把新价目表发给您。']);
});

describe("precedent: the rule won't bend for the customer alone", () => {
  flagsAs('dismissal', ['排班表不会因为您一个人改。', '收费标准唔会为你一位调整。']);
  staysClean(['我们不会因为您一个人改了时间就收额外费用。']);
});

describe('precedent: 一直是 + this rule', () => {
  flagsAs('dismissal', ['押金不退，我们一直是这个规矩。']);
});

describe("the customer's deadline asked back with no 吗 (impatience)", () => {
  flagsAs('impatience', [
    '您明天就要拿到全部二十套西装？',
    '你而家就要我哋派人上门？',
    '那么赶啊？',
  ]);
  staysClean([
    '如果周六要，明天就要下单，您看可以吗？',
    '我们明天就要把货发出，请您放心。',
    '这么急的话，我帮您走加急通道。',
  ]);
});

describe('an order with a rebuke for this time (这回认真点)', () => {
  flagsAs('order', ['地址重新写一遍，这次仔细点。']);
  staysClean(['这次我们会仔细一点核对。']);
});

describe('an order closed by a threat (不然别/不要 + verb)', () => {
  flagsAs('order', ['九点前到门口，不然别来了。', '先把押金交齐，否则不要排队。']);
  staysClean(['记得带伞，不然别人会淋湿的。', '请带上收据，不然也不要紧，我们能查到。']);
});

describe("the customer's missing skill thrown back with 什么…啊?", () => {
  flagsAs('confrontation', ['不会滑雪您买什么雪季卡啊？']);
  staysClean(['不会滑雪的话，您想先报什么课？我给您推荐初级班。']);
});

describe('blame put as a question: 还不是你… / 要怪谁?', () => {
  flagsAs('blame', ['花会枯，还不是你三天没浇水。', '地址填错了要怪谁？']);
  staysClean(['如果还不是您想要的颜色，我们再给您换。']);
});

describe('agreeing, then our own people are just like that', () => {
  flagsAs('unprofessional', ['对啊,我们店长就这样,很难说话。', '係囉，我哋個網站根本廢嘅。']);
  staysClean(['对,我们就这样安排：先退款,再补寄。']);
});

describe('a partial yes: 可以 X，但不能 Y', () => {
  staysClean(['十二岁以下可以进场观看，但不能参加比赛。']);
});

describe('not sure offhand, then the agent asks someone and replies (a way forward)', () => {
  modelClean('unsure with a call-back', [
    '这笔贷款过没过审批期限我一下说不准，我问问我们的信贷顾问，明早回复您。',
    '八五年嗰部老爷車幾多關稅我一時講唔準，我哋報關嘅阿玲識，下晝叫佢電郵俾你。',
  ]);
});

describe('the concern called a fuss in Cantonese (使唔使咁 + a feeling / 大件事)', () => {
  flagsAs('dismissal', ['唔系迟咗半日啫，使唔使咁激动。', '你使唔使咁紧张呀。']);
  staysClean(['使唔使我帮你叫车？']);
});

describe("the digest's own rewrite after bad news (让我看看我能做些什么) is a way forward", () => {
  modelClean('a way forward after the feeling', [
    '酒席就在周六，菜单定不下来肯定急坏了。让我看看我能做些什么。',
  ]);
});

describe('a bare order framed by the next visit (下次带上… / 下次提前…)', () => {
  flagsAs('order', ['下次带上会员卡和收据。', '下次提前两天预约。']);
  staysClean([
    '下次带上会员卡就可以直接积分了。',
    '下次我们会提前通知您。',
    '我已经做了备注，下次会提前联系您。',
    '下次寄件的时候记得选到付。',
  ]);
});

import { describe } from 'vitest';
import { flagsAs, staysClean } from './phrases-helpers.js';

// Chinese acts of session 7 (issue 11), each in sentences written for this test, Simplified and
// Traditional (Taiwan, Hong Kong): who acts, what follows, question or statement. Beside each
// class, its near miss stays clean.
describe('a habit of the business: a refusal when a service is never given, information otherwise', () => {
  flagsAs('dismissal', ['我们从来不退押金。', '我們從不幫客人改期。']);
  staysClean([
    '我们从来不往蛋糕里加防腐剂，当天做当天卖。',
    '我們從來不給小朋友用成人的藥。',
    '我们绝不会在您不知情的时候自动续费。',
  ]);
});

describe('an obligation with the customer’s own benefit after it recommends', () => {
  flagsAs('order', ['你应该先去排队。']);
  staysClean([
    '您应该先把护照复印一份，以免路上丢了麻烦。',
    '您應該先把舊資料匯出來，這樣換機後比較方便。',
  ]);
});

describe('a finished service billed is a receipt, not bad news', () => {
  staysClean(['本次停车已结束，费用12元。', '這次的清潔服務已經結束，合計八百元。']);
});

describe('A-not-A asks: a proposal, not a refusal', () => {
  staysClean(['今晚冇得送，聽朝九點送到得唔得？', '這款賣完了，換成藍色可不可以？']);
  flagsAs('refusal', ['今晚冇得送，唔得就係唔得。']);
});

describe('the customer’s request called excessive', () => {
  flagsAs('confrontation', [
    '您这个要求也太离谱了。',
    '這種不合理的要求我們做不到。',
    '你嘅條件好苛刻喎。',
    '就这么点钱还要包安装，您的期望有点高了。',
  ]);
  staysClean([
    '您的要求一点也不过分，我这就去安排。',
    '您看这个要求会不会太高？我先帮您问问。',
    '符合您条件的房源太多了，我先挑三套给您看。',
  ]);
});

describe('a question calling the matter too small, and Cantonese "that is how it is"', () => {
  flagsAs('confrontation', ['这么小的划痕也要投诉？', '咁少少事都要打嚟？']);
  flagsAs('dismissal', ['係咁㗎喇，冇得改。']);
  staysClean(['啱，係咁㗎，你記得好清楚。', '这么小的划痕您也注意到了，我马上给您换一件。']);
});

describe('bad news that is none: a charge cancelled, the price that holds now, another service open', () => {
  staysClean([
    '多扣的那笔违约金已经撤销了。',
    '早鸟价已经结束，现在的价格是三百二。',
    '前台十点已经关闭，自助机照常开放。',
  ]);
  flagsAs('refusal', ['您报的那个班已经取消了。']);
});

describe('Cantonese and spoken forms of listed acts', () => {
  flagsAs('confrontation', ['你即刻就要呀？', '咁你要我點呀？']);
  flagsAs('dismissal', ['淡定啲先啦。', '手上好幾單，遲啲再覆。']);
  flagsAs('false-reaction', ['得啦得啦，聽到啦。']);
  flagsAs('policy-shield', ['規定就係規定，冇得改。']);
  staysClean(['得，我即刻幫你改。', '你要我點幫你？講我知就得。']);
});

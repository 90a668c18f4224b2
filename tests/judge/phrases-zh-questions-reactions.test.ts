import { describe, expect, test } from 'vitest';
import { detectPhrases } from '../../src/judge/phrases/index.js';
import { foldForPhrases } from '../../src/judge/phrases/phrase-patterns.js';
import { doubtAccountZh } from '../../src/judge/phrases/zh-doubt-account.js';
import { rebukeQuestionZh } from '../../src/judge/phrases/zh-rebuke-question.js';
import { resources } from './phrases-helpers.js';

// Chinese questions and reactions read by structure (session 21): questions rebuking the customer
// (zh-rebuke-question.ts), doubts of their account (zh-doubt-account.ts), brush-offs
// (zh-brush-off.ts), acknowledgements said over and over (zh-false-reaction.ts) and the agent joining
// a complaint against their own side (zh-join-moan.ts). Ordinary questions, help and empathy stay
// clean.

const categories = (text: string) =>
  detectPhrases(text, resources.phraseLists, resources.replyModel).map((h) => h.category);

describe('a question that rebukes the customer', () => {
  test.each([
    '雨伞就放在门口，您怎么就不带上呢？',
    '為什麼你不先充電？',
    '你部相機點解唔裝返個蓋？',
    '下着雨还去爬山，您怎么想的？',
    '花是您选的，谢了您来找我？',
    '付款之前您核对过金额没有？',
    '你報名前都沒看簡章喔？',
    '谁跟您讲过期券还能用的？',
    '邊個叫你自己拆開部機？',
    '唔通要我哋幫你排隊？',
    '难道要我们替您去取件吗？',
    '你連單據都冇留，仲想我點？',
    '份表你拖咗成個月，而家先嚟嗌？',
    '三十块的耳机，您想有多好啊？',
    '钥匙就挂在门后，你做乜唔带走？',
    '人人都装得上，怎么偏偏你装不上？',
    '你到底有冇插好條線？',
    '雨下这么大，您叫我们怎么办？',
    '下周才开业的店，您今天就要来？您开玩笑吧？',
    '您连取件码都记不住吗？',
    '五十蚊一個鐘，你仲想要幾多人跟？',
    '你冇睇到櫃枱張通告咩？',
    '出门之前都不查一下天气的吗？',
  ])('%s', (text) => {
    expect(categories(text)).toContain('confrontation');
  });
});

test('a connection to our side denied in a question is read as a rebuke by structure too', () => {
  // The listed wordings flag it first (as passing the buck); the structure reads it without them.
  const zh = resources.phraseLists.find((l) => l.lang === 'zh-Hans');
  if (!zh) throw new Error('no Chinese list');
  const t = foldForPhrases('你隻貓走失同我哋酒店有乜關係？').text;
  expect(rebukeQuestionZh(t, zh, new Set())).toBeDefined();
});

test('a truth-question on what the customer means to do doubts nothing, whatever our record says', () => {
  const zh = resources.phraseLists.find((l) => l.lang === 'zh-Hans');
  if (!zh) throw new Error('no Chinese list');
  const t = foldForPhrases('您确定要改到周五吗？我们这边周五没有加收费用。').text;
  expect(doubtAccountZh(t, zh, new Set())).toBeUndefined();
  expect(
    doubtAccountZh(foldForPhrases('您确定改过密码？我们这边没有记录。').text, zh, new Set()),
  ).toBeDefined();
});

describe('a doubt of the customer’s account', () => {
  test.each([
    '是不是您自己把密码改了？',
    '係咪你自己撳錯咗掣？',
    '您说屏幕自己裂的？是不是你家孩子碰的问题？',
    '您说一直放在桌上？这裂纹看起来更像是掉地上摔的。',
    '這個凹痕看起來像你自己撞的。',
    '你話一早交咗表？系統冇紀錄喎，真係？',
    '你说下单两次都没扣款？真的吗？',
    '用了一次就褪色？我很难相信。',
    '你話部機自己熄？我哋出廠個個都試過，唔多可能喎。',
    '你話張凳坐兩日就甩腳？應該是你太大力吧。',
    '您确定那天来过我们门店？我们这边查不到您的到店记录。',
    '你真係交咗按金？系統冇紀錄喎。',
    '你話個插蘇自己燶咗？唔多可能喎。',
    '你多半是把日期记混了。',
  ])('%s', (text) => {
    expect(categories(text)).toContain('blame');
  });
});

describe('a brush-off', () => {
  test.each([
    '门框掉了一点漆，谁会在意呢。',
    '屏幕有一两个坏点，新机都这样，不用管它。',
    '冷氣滴水好正常，唔使理佢。',
    '就是晚到一个小时，不用这么激动。',
    '窗簾短咗少少啫，使乜咁緊張。',
  ])('%s', (text) => {
    expect(categories(text)).toContain('dismissal');
  });
});

describe('an acknowledgement said over and over, or a complaint joined', () => {
  test.each([
    '嗯嗯嗯，好的好的。',
    '是是是，晓得了晓得了。',
    '明白明白，咁樣先。',
    '得啦得啦，冇問題。',
  ])('%s', (text) => {
    expect(categories(text)).toContain('false-reaction');
  });
  test('the agent shares the exasperation with their own side', () => {
    expect(categories('我们的打印机天天卡纸，我也快抓狂了。')).toContain('unprofessional');
  });
});

describe('ordinary questions, help and empathy', () => {
  test.each([
    '您是什么时候发现屏幕有裂纹的？',
    '您怎么没收到验证码呢？我马上帮您重发。',
    '您为什么不能登录？是提示密码错误吗？',
    '您是不是想换成大一号的？我帮您看看库存。',
    '是谁跟您说的？我去核实一下。',
    '你买之前有冇试过？冇都唔紧要，我哋可以帮你换。',
    '您下单时有没有看到优惠提示？',
    '我理解您的心情，这种事谁都会着急。',
    '明明明天就到了，我帮您再催一下物流。',
    '看起来比较像是系统的问题，我马上帮您报修。',
    '好的，了解，我这就帮您查。',
    '不用这么客气，这是我们应该做的。',
    '您到店以后，前台会给您房卡。',
    '真的吗？太好了，恭喜您中奖！',
    '真係？咁好彩，我幫你登記。',
  ])('%s stays clean', (text) => {
    expect(categories(text)).toEqual([]);
  });
});

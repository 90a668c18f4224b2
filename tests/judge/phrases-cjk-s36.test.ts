import { describe, expect, test } from 'vitest';
import { detectPhrases } from '../../src/judge/phrases/index.js';
import { vouchedOutcomeJa } from '../../src/judge/phrases/ja-vouch.js';
import { foldForPhrases } from '../../src/judge/phrases/phrase-patterns.js';
import { toldCountZh } from '../../src/judge/phrases/zh-told-count.js';
import { resources } from './phrases-helpers.js';

// Chinese and Japanese read by clause roles (session 36): the agent's telling counted against the
// customer (zh-told-count.ts), with the agent's effort for them or a third party told left alone
// (zh-told-whom.ts); Japanese calming words before a certainty over a thing's outcome told in the
// potential or as a noun (ja-vouch.ts).

const hits = (text: string) => detectPhrases(text, resources.phraseLists, resources.replyModel);
const flagged = (text: string) => hits(text).length > 0;
const list = (lang: string) => {
  const l = resources.phraseLists.find((x) => x.lang === lang);
  if (!l) throw new Error(`no ${lang} list`);
  return l;
};
const toldCount = (text: string) =>
  toldCountZh(foldForPhrases(text).text, list('zh-Hans'), new Set());
const vouched = (text: string) =>
  vouchedOutcomeJa(foldForPhrases(text).text, list('ja'), new Set());

describe("the agent's telling counted against the customer", () => {
  test.each([
    '发票抬头我已经跟您解释四次了！',
    '这个流程我们都给你说明过好几遍了。',
    '还要我重复多少遍？下周一开门。',
    '我已經同你講咗三次，要等廠商回覆。',
    '仲要我解釋幾多次呀？',
    '這個我已經跟妳交代兩次了喔。',
  ])('%s', (text) => {
    expect(toldCount(text)).toBeDefined();
    expect(hits(text).map((h) => h.category)).toContain('impatience');
  });
});

describe('a telling or count that is not held against the customer', () => {
  test.each([
    '我再跟您解释一遍，您看哪里还不清楚。',
    '我给您重复两遍地址：中山路十二号。',
    '我已经跟您解释三次了，可能是我没讲清楚，我换个说法。',
    '我已经帮你催了两次物流，今天下午给你回电话。',
    '我同師傅講咗兩次，佢聽日會帶零件上嚟。',
    '我跟倉庫說了三遍，他們今天會補寄。',
  ])('%s', (text) => {
    expect(toldCount(text)).toBeUndefined();
    expect(flagged(text)).toBe(false);
  });
});

describe("calming words before a certainty over a thing's outcome", () => {
  test.each([
    'ご安心ください、このカメラならどんな暗い場所でも必ず撮れます。',
    'ご安心ください、この金庫は百パーセント開けられませんから。',
    '大丈夫です、この屋根なら三十年は一切補修不要です。',
  ])('%s', (text) => {
    expect(vouched(text)).toBeDefined();
    expect(flagged(text)).toBe(true);
  });
});

describe('calming words before our own act, a check or a plain fact', () => {
  test.each([
    'ご安心ください、明日の午前中に必ず私からご連絡いたします。',
    'ご安心ください、検査の結果、この部品は必ず交換できると確認できました。',
    'ご安心ください、この料金プランは解約金が一切かかりません。',
    'ご安心ください、こちらで必ず修理できます。',
  ])('%s', (text) => {
    expect(vouched(text)).toBeUndefined();
  });
});

describe('a telling to the customer opening the sentence with its subject dropped is the agent speaking', () => {
  test.each(['欸跟你說，你訂的那批椅子運來全部刮花了。', '跟你讲，你上周寄来的相机镜头摔碎了。'])(
    '%s',
    (text) => {
      expect(flagged(text)).toBe(true);
    },
  );
  test('a third party telling stays reported', () => {
    expect(flagged('他跟你說，你訂的那批椅子運來全部刮花了。')).toBe(false);
  });
});

describe("the customer's thing named by a verb clause without 的 is no order", () => {
  test.each(['你送嚟嗰部咖啡機已經整好，聽日可以嚟攞。', '你上次带来那台音箱已经修好了。'])(
    '%s',
    (text) => {
      expect(hits(text).map((h) => h.act)).not.toContain('order');
    },
  );
  test.each(['送嚟啦。', '明天带来那份合同。'])('%s', (text) => {
    expect(hits(text).map((h) => h.act)).toContain('order');
  });
});

describe('a fault told as the whole of it, then our fix done', () => {
  test.each([
    '您那台洗衣机没什么大毛病，就是排水管堵了，我们已经疏通好了。',
    '你部冷氣冇咩事，就係隔塵網塞咗，我哋已經洗乾淨。',
  ])('%s', (text) => {
    expect(flagged(text)).toBe(false);
  });
  test('blame in the same frame still stands', () => {
    expect(flagged('就是您自己操作错了，我们已经处理好了。')).toBe(true);
  });
});

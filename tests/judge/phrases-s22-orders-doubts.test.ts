import { describe, expect, test } from 'vitest';
import { detectPhrases } from '../../src/judge/phrases/index.js';
import { doubtAccountJa } from '../../src/judge/phrases/ja-doubt-account.js';
import { foldForPhrases } from '../../src/judge/phrases/phrase-patterns.js';
import { resources } from './phrases-helpers.js';

// Orders and doubts read by structure (session 22): a Chinese bare order (zh-bare-order.ts), a
// Japanese request closed by a curt tail (ja-curt-request.ts), English orders that end on a wait or
// are insisted on by "Now." (en-structure.ts); the customer's account doubted in Chinese
// (zh-doubt-account.ts), Japanese (ja-doubt-account.ts) and English (en-doubt-others.ts). The same
// steps asked, given a reason or followed by the agent's help, and checks without disbelief, stay
// clean.

const acts = (text: string) =>
  detectPhrases(text, resources.phraseLists, resources.replyModel).map((h) => h.act);

describe('a bare order to the customer', () => {
  test.each([
    '保修卡先找出来再打电话过来。',
    '尺码量清楚了再下单。',
    '窗户尺寸先量好再打嚟。',
    '你下次订之前,自己对一下尺码先。',
    '下次寄修之前把存储卡取出来。',
    '周四中午前把旧家具全部清出客厅。',
    '租的帐篷周日之前一定要还,不能拖。',
    '9点前全部箱子搬出去,唔好堵住走廊。',
    '10点前所有椅子收起来,不要挡住通道。',
    '收据影低,今日send畀我。',
    '包放下,在门口站着等。',
    '見積書、明日までに送ってください。以上です。',
    'Email me the photos. Now.',
    'Put your bags down and wait outside.',
  ])('%s', (text) => {
    expect(acts(text)).toContain('order');
  });
});

describe('the customer account doubted', () => {
  test.each([
    '你说的划痕,我有点怀疑。',
    '你話部機一開就冒煙,我真係有啲懷疑。',
    '充一次电就坏?你是不是拿它干别的了?',
    '三天就褪色了?不太可能这么快吧。',
    '真的没收到吗?系统显示前天已经签收了。',
    '你确定这件衣服真的是我们店卖的吗?',
    '你真的来上过课吗?签到表根本没有你的名字。',
    '一晩で壊れたんですか?うちの製品でそれはちょっと考えにくいですね。',
    '本当に最初から傷があったんですか?発送前に全部検品してますけどね。',
    'With respect, customers often say the paint peeled when it was simply never primed.',
    'Usually people who say that just forgot to renew.',
  ])('%s', (text) => {
    expect(acts(text)).toContain('doubt');
  });
});

describe('near misses stay free of orders and doubts', () => {
  test.each([
    '你应该先试试重启,好多人重启完再用就好了。',
    '您可以先量好门框再打电话给我们,我们帮您挑尺寸。',
    '我先查一下,查清楚再打给您。',
    '酒店12点前必须退房。',
    '周五之前把资料发给我,我们马上帮您办理。',
    '周五之前必须付清尾款,这样才能安排发货。',
    '所有寄修的相机都要先取出电池,这是航空运输的规定。',
    '明天下午前我们会把车送到。',
    '周三之前把押金退回给您。',
    '8点前店里不营业,不要担心。',
    '你下次来之前打个电话,我帮你留位。',
    '请在那边稍等,我马上过来。',
    '您先在那边坐着等,我去拿表格。',
    '我怀疑是电池的问题,我帮您换一个试试。',
    '不太可能今天到了吧,物流显示明天派送。',
    '真的吗?太好了!',
    '真的不需要发票吗?系统显示您选了电子发票。',
    '你确定要取消吗?',
    '送到了吗?你是不是已经签收了?',
    'People often say the view is the best part, and you will see why when you get there.',
    'Customers often tell us they forget the PIN, so we have added a reminder.',
    'Take a seat and wait there, I will be right with you.',
    'Please take your shoes off and wait there.',
    'Come in and sit down.',
    'Send me the details now and I will book it.',
    'ご確認ください。以上です。よろしくお願いいたします。',
    '二日で変色ですか?それはちょっと考えにくいので、すぐにお調べいたします。',
    '本当ですか?それは申し訳ございません。',
  ])('%s', (text) => {
    expect(acts(text)).not.toContain('order');
    expect(acts(text)).not.toContain('doubt');
  });
});

test('a negative question suggesting the customer confused it doubts by structure too', () => {
  // The listed wordings flag it first (as blame); the structure reads it without them.
  const ja = resources.phraseLists.find((l) => l.lang === 'ja');
  if (!ja) throw new Error('no Japanese list');
  const at = (text: string) => doubtAccountJa(foldForPhrases(text).text, ja, new Set());
  expect(at('他店の商品と勘違いされていませんか。')).toBeDefined();
  expect(at('他店の商品と勘違いされていませんか。すぐにお調べいたします。')).toBeUndefined();
});

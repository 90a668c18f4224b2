import { expect, test } from 'vitest';
import { verdict } from './question-helpers.js';

const open = (text: string) => expect(verdict(text)[0], text).toBe('open');
const closed = (text: string) => expect(verdict(text)[0], text).toBe('closed');

test('en: the kind of a problem, of what is planned or expected, of a symptom — open', () => {
  open('What sort of trouble came up with the heater?');
  open('What kind of party are you planning for Saturday?');
  open('What kind of crowd do you expect at the launch?');
  open('What sort of noise does the fan make now?');
  // The kind owned, a value from a known range, a time: one pick.
  closed('What kind of boiler do you have?');
  closed('What colour do you want for the door?');
  closed('What time do you expect the van?');
});

test('zh: asked to talk about it, who or which is the topic, not one fact — open', () => {
  open('说说您最想请谁来参加。');
  open('我想听听您最喜欢哪一段。');
  open('講吓你覺得邊一步最難。');
  // Asked to state it (说明一下) or a date or an identifier: still one fact.
  closed('方便说明一下是从哪里开始漏的吗?');
  closed('说说您是哪天下的单?');
  closed('说说您的订单号是多少?');
});

test('zh: anything at all asked for, or more to add, is the customer’s to tell — open', () => {
  open('您有注意到什么异常吗?');
  open('停电之前有发生什么事吗?');
  open('我复述之前,您还有没有要补充的?');
  closed('您有带发票吗?');
  closed('还有没有库存?');
});

test('zh-Hant Cantonese: 係點 closing the question, 點同 and 邊一步 are read — open', () => {
  open('成個安裝過程係點?');
  open('師傅當時點同你解釋?');
  open('出入浴缸邊一步最難?');
  closed('你幾點到?');
});

test('ja: where told at length or wished for — open', () => {
  open('どこが違うと感じたか、お話しいただけますか。');
  open('どこから食い違ったのか、伺いたいです。');
  open('旅行では、どこを回りたいとお考えですか。');
  // Informing of one place, or a plain where: one fact.
  closed('どこで購入されたか教えていただけますか。');
  closed('どこで購入されましたか。');
});

test('zh: more to tell, asked with 还有 / 还想 and a verb of telling, is open', () => {
  open('交货之前,您还有要交代的吗?');
  open('关于这件外套,您还想跟我说点什么吗?');
  // Something else still there, or one step asked about: closed.
  closed('还有讲座吗?');
  closed('师傅走之前有没有交代浴缸一天不能用?');
});

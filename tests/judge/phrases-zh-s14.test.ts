import { describe } from 'vitest';
import { flagsAs, staysClean } from './phrases-helpers.js';

// Chinese acts of session 14 (issue 11), each in sentences written for this test.
describe('written Cantonese is also read as Mandarin, so the Mandarin wordings reach it', () => {
  // 俾人订咗 is 被人订了, 系 is 是, 啩 guesses as 吧: the Mandarin classes then apply.
  flagsAs('refusal', ['星期六嗰場已經俾人訂咗。', '你揀嗰隻顏色廠方已經停產咗。']);
  flagsAs('blame', ['張單係你自己填錯嘅啩?']);
  // 俾你等 lets you wait (让你等): a promise about the agent's own conduct, as in Mandarin.
  staysClean([
    '我哋唔會俾你等好耐,技師已經出咗門。',
    '我哋唔會要你等好耐,師傅離你嗰度五分鐘路啫。',
  ]);
});

describe('anyone in the customer’s place would feel it: empathy, not agreeing our side is bad', () => {
  staysClean(['排咗兩個鐘,換邊個都會好煩。', '等了这么久,换谁都会很烦,我马上帮您催。']);
  flagsAs('unprofessional', ['是啊,真烦人。']);
});

describe('our own side run down with a degree word and a plain bad word', () => {
  flagsAs('unprofessional', ['是啊,我们店的运费确实挺黑的。', '老实讲,我们这边的师傅确实超慢。']);
  staysClean(['我们确实很重视这件事,我马上帮您处理。', '我们的运费确实有点贵,不过满两百就包邮。']);
});

describe('the customer sent to another counter or to whoever did the work, no handover', () => {
  flagsAs('passing-the-buck', [
    '补办的事找其他柜台去。',
    '发票的问题去问别的窗口。',
    '漏水的事你找装的人。',
  ]);
  staysClean([
    '补办的事我帮您问一下别的窗口。',
    '我带您去其他柜台,就在旁边。',
    '您问过别的窗口了吗?',
  ]);
});

describe('bad news told with its cause and nothing after it', () => {
  flagsAs('refusal', ['您明天的游船因为大风取消了。']);
  staysClean(['您明天的游船因为大风取消了,我给您改到后天同一时间,费用不变。']);
});

describe('the customer’s family or home opens a noun phrase, as 您的 does', () => {
  flagsAs('refusal', ['您家小孩下周的名额已经满了。', '您母亲明天做理疗的床位已经取消了。']);
});

describe('the customer’s account asked back, then the agent’s own record against it, nothing after', () => {
  flagsAs('doubt', [
    '您说昨天来过电话?我们这边没有来电记录。',
    '你肯定系喺度付咗款?我呢度查唔到。',
  ]);
  staysClean([
    '您说昨天来过电话?我们这边没有来电记录,我马上帮您查一下总机。',
    '您说得对,系统里没有这笔记录,我现在给您补登。',
  ]);
});

describe('"what is there to V about this": the customer’s matter called not worth a word', () => {
  flagsAs('dismissal', ['就差了两块钱,这有什么好说的。']);
  staysClean(['您问这附近有什么好吃的?巷口那家面馆不错。']);
});

describe('"not even … (连/个) … 的吗?": reproach for what anyone would have done', () => {
  flagsAs('confrontation', ['连个收据都不留的吗?', '你連張單都冇睇㗎?']);
  staysClean(['您都不需要发票的吗?']);
});

describe('dislike, then "you may just not": take it or leave it', () => {
  flagsAs('dismissal', ['运费是快递公司定的,你嫌贵可以不寄。']);
  staysClean(['运费是快递公司定的,如果觉得贵,我帮您换一家便宜的快递。']);
});

describe('another branch or outlet named as where to go, no handover', () => {
  flagsAs('passing-the-buck', ['换电池要去另一家门市办,我们这里不做。']);
  staysClean(['您可以去另一家门市换电池,我先帮您打电话约好时间。']);
});

describe('您应该 with a threshold the customer must reach is advice, not an order', () => {
  staysClean([
    '您应该先做个体检,年满六十岁以上才可以报这个团。',
    '你應該先考埋筆試,十八歲以上先報得。',
  ]);
  // What the agent will only do once the customer has done it is still an order.
  flagsAs('order', ['您应该早点来。', '您得先把旧手机寄回来,我们才能换新的。']);
});

describe('Cantonese and spoken words for worn-out kit, said of our own side', () => {
  flagsAs('unprofessional', ['係囉,我哋啲單車真係好殘。', '老实说我们的投影机确实老掉牙了。']);
});

describe('taken by someone else: bought, rented or booked by another (俾人買咗 read as 被人买了)', () => {
  flagsAs('refusal', ['你要嗰架單車已經俾人租咗。', '您看中的那套茶具已经被人买走了。']);
});

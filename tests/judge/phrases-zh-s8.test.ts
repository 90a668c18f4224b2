import { describe, expect, test } from 'vitest';
import { detectPhrases } from '../../src/judge/phrases/index.js';
import { flagsAs, resources, staysClean } from './phrases-helpers.js';

// Chinese acts of session 8 (issue 11), each in sentences written for this test, Simplified and
// Traditional (Taiwan, Hong Kong): who acts, what follows, question or statement. Beside each
// class, its near miss stays clean.
describe('a bare 就这样 closing the reply after what was said', () => {
  flagsAs('refusal', ['这批货全发完了。就这样。', '名額冇晒，就咁。']);
  staysClean(['对，就是这样。', '好的，就这样。', '就这样，您周三下午来拿就行。']);
});

describe('hindsight with the customer as subject: 早该 / 当时就该', () => {
  flagsAs('blame', ['您早该在出发前改签的。', '你付款那天就该把發票抬頭填好。']);
  staysClean(['您应该已经收到退款通知了。', '如果要报销，您就该先开好发票，我现在帮您开。']);
});

describe('"didn’t you see…?" asked back at the customer', () => {
  flagsAs('confrontation', ['您没看到墙上写着禁止吸烟吗?', '你冇聽到我喺度講電話咩?']);
  staysClean(['您有没有看到我们发的验证码?', '您没看到邮件的话，我再发一封给您。']);
});

describe('contempt with the customer and 连…都 and a word between', () => {
  flagsAs('confrontation', ['您怎么连快递单号都抄不对?']);
  staysClean(['您连续两次都准时付款，这个月的利息给您减半。']);
});

describe('the price held against what the customer wants', () => {
  flagsAs('confrontation', ['这么便宜的房间，您还想要海景?', '咁平嘅套餐仲想要乜嘢?']);
  staysClean(['这个价还要另加十元配送费。', '您还想要什么配料，可以告诉我，我给您加上。']);
});

describe('the customer sent off to ask, closed by 去', () => {
  flagsAs('passing-the-buck', ['退保的事你找保险公司去。', '你搵管理處問去啦。']);
  staysClean([
    '退保的事我帮您找保险公司问，今天下午回您。',
    '如果想问得更细，可以找店长去，他今天在。',
  ]);
});

describe('precedent over a span of years', () => {
  flagsAs('dismissal', ['我们开了四十年都是这样做的。', '我哋做咗十年都係咁。']);
  staysClean(['我们开了四十年，这种问题我来处理。', '这款包用了十年都这么结实。']);
});

describe('无法 + an act closing its clause, nothing after', () => {
  flagsAs('refusal', ['您的积分无法转让。']);
  staysClean(['您的积分无法转让，不过可以换成等值的优惠券，我帮您换。', '删除以后将无法恢复。']);
});

describe('a colleague’s words in single quotes after a speech verb are reported', () => {
  test('the reply model leaves them to the lists', () => {
    const hits = detectPhrases(
      "师傅说'这个型号修不了',我再去问一下厂家。",
      resources.phraseLists,
      resources.replyModel,
    );
    expect(hits).toEqual([]);
  });
});

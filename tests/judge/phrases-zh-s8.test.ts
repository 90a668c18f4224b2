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

describe('a failed result of the customer’s matter, nothing next', () => {
  flagsAs('refusal', ['您的转账昨晚处理失败了。', '上次帮您申请过，补办没有成功。']);
  staysClean([
    '如果付款失败，换一张卡再试就行。',
    '补办没有成功，我已经帮您重新提交，明早十点前有结果。',
  ]);
});

describe('the request echoed as a question, then called excessive', () => {
  flagsAs('confrontation', ['您想连运费一起退?有点过分了。', '你要包埋安裝?好離譜喎。']);
  staysClean(['您想连运费一起退?可以的，我帮您一起申请。']);
});

describe('an order with a refusal as the threat', () => {
  flagsAs('order', ['周五前把照片交上来，不然不给办。']);
  staysClean(['请在周五前付款，否则订单会自动取消。']);
});

describe('连…都能 asked back', () => {
  flagsAs('confrontation', ['您连登机口都能走错?']);
  staysClean(['您连手机都能用来开门，很方便。']);
});

describe('hindsight with no subject at the start of a clause', () => {
  flagsAs('blame', ['本该提前两天预约的。']);
  staysClean(['我们早该提醒您的，这次的费用我们来承担。']);
});

describe('Cantonese: the customer called a troublemaker, the listening agent', () => {
  flagsAs('confrontation', ['你專登嚟搵茬?']);
  test('"go on, I’m listening" is no impatience', () => {
    const hits = detectPhrases(
      '好，你慢慢講，我聽緊。',
      resources.phraseLists,
      resources.replyModel,
    );
    expect(hits).toEqual([]);
  });
});

describe('a fault of the customer’s thing called normal', () => {
  flagsAs('dismissal', ['这台洗衣机用了十年了，坏了很正常。']);
  staysClean(['用了十年坏了很正常，我们先免费上门检测一次。']);
});

describe('the customer’s faculties called faulty', () => {
  flagsAs('confrontation', ['您记性有点问题吧，我上午就说过了。']);
  staysClean(['您记性不好的话，我把要点发短信给您。']);
});

describe('what the customer would have had, had they acted back then', () => {
  flagsAs('blame', ['您当时要是买了保险，早就赔下来了。']);
  staysClean(['您当时买了保险，我现在就帮您申请理赔。']);
});

describe('the records held against the customer, then "it cannot not have come"', () => {
  flagsAs('doubt', ['系统显示您昨天已经取走了，不可能没拿到。']);
  staysClean(['系统显示昨天已经取走了，如果不是您本人取的，我马上帮您查监控。']);
});

describe('找/问 + a party + 去 with no subject, opening a clause', () => {
  flagsAs('passing-the-buck', ['问物业去。']);
  staysClean(['找个时间去吧。', '物业的电话我发给您，我也先帮您问一下。']);
});

describe('the customer called the first to say so', () => {
  flagsAs('dismissal', ['您是头一个嫌我们房间小的。']);
  staysClean(['您是第一个预约的，九点准时给您做。']);
});

describe('the customer blamed for calling late', () => {
  flagsAs('impatience', ['这么晚了还打电话来问快递。']);
  staysClean(['这么晚还麻烦您打来，辛苦了，我马上帮您查快递。']);
});

describe('precedent over a span naming "this" practice', () => {
  flagsAs('dismissal', ['我们做了三十年都是这个规矩。']);
});

describe('"did you really…?" then a third party or the records saying no', () => {
  flagsAs('doubt', ['您真的按时交作业了吗?老师说没收到。']);
  staysClean(['您真的决定退订了吗?确认后我马上帮您办理。']);
});

describe('disbelief that it happened by itself, then a guess at the customer', () => {
  flagsAs('doubt', ['杯子自己会裂?您是不是倒了开水?']);
  staysClean(['屏幕自己会亮?那是系统自动更新，您不用担心。']);
});

describe('pushed to tomorrow at closing time', () => {
  flagsAs('dismissal', ['明天再打来吧，我们要关门了。']);
});

describe('Cantonese beside: a certainty on an outcome', () => {
  flagsAs('false-reaction', ['放心，聽日實整得好。']);
});

describe('the customer’s omission back then, asked', () => {
  flagsAs('confrontation', ['付款前不核对的吗?']);
  staysClean(['付款前不核对也没关系，我现在帮您逐项核对。']);
});

describe('"even this you can’t?"', () => {
  flagsAs('confrontation', ['密码改一下，这也不会?']);
  staysClean(['这都不会影响您的积分。']);
});

describe('sent to another shop over the price', () => {
  flagsAs('confrontation', ['嫌我们贵，您就去别家买吧。']);
  staysClean(['这款我们缺货，价格合适的话推荐您去别家看看，我把地址发您。']);
});

describe('"and you blame us?"', () => {
  flagsAs('blame', ['您自己填错了地址，还怪我们?']);
  staysClean(['这个配件停产了，不过有兼容的替代件，价格差不多。']);
});

describe('"next time, earlier" after bad news, and the customer’s own doing guessed', () => {
  flagsAs('blame', ['讲座的座位坐满了，下次早点来。', '屏幕的裂缝是您自己压的吧?']);
  staysClean([
    '下次早点来可以选到靠窗的位子，这次我帮您换到过道。',
    '是您自己的快递吗?我帮您查一下。',
  ]);
});

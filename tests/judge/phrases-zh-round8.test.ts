import { describe, expect, test } from 'vitest';
import { detectPhrases } from '../../src/judge/phrases/index.js';
import { flagsAs, resources, staysClean } from './phrases-helpers.js';

// Chinese acts found by clause structure (issue 11, eighth round), each in sentences written for
// this test, Simplified and Traditional (Taiwan, Hong Kong): who acts, what closes the clause,
// question or statement, condition or fact. Beside each class, its near miss stays clean.
describe('a result the agent cannot reach, closing the clause (any verb + 不了), or "no more"', () => {
  flagsAs('refusal', [
    '这种老式的锁芯我们这边换不了。',
    '您要的那种布料我们店做不了。',
    '這款舊機型的電池我們修不了。',
    '過期的優惠券沒辦法再使用了。',
    '押金收据丢了的话押金不能再退了。',
  ]);
  staysClean([
    '这种锁芯我们这边换不了，不过可以帮您订原厂的，三天到。',
    '我们忘不了您一直以来的支持。',
    '您放心，我们不能再让您白跑一趟了，明天师傅一定上门。',
    '如果我们这边修不了，我会马上帮您寄回原厂。',
  ]);
});

describe('a protection that names the customer’s step first, or shares nothing without consent', () => {
  staysClean([
    '在您付完尾款之前，我们不会把房子钥匙交出去。',
    '您核对完清单以前，我们不会开始搬运。',
    '我們從來不會把學員的成績單交給別人，除非家長書面同意。',
    '我们从来不会把病人的照片外流。',
    '我们从来不会把会员的病历外泄。',
  ]);
  flagsAs('refusal', ['我们之前说过了，我们不会退这笔钱。']);
});

describe('hostile questions: did-you-or-didn’t-you, who would, what do you want us to do', () => {
  flagsAs('confrontation', [
    '说明书您到底看没看过？',
    '您下单前到底有没有核对地址啊？',
    '取件的时候都不检查一下的吗？',
    '谁会把护照随便放在桌上呢？',
    '您自己不锁门，那要我们怎么办？',
    '你哋都唔睇一下嘅咩？',
  ]);
  staysClean([
    '请问您到底想要哪一款，我帮您再对比一下？',
    '请问谁会来取件呢？我登记一下名字。',
    '您希望我们怎么处理呢？我们可以退款，也可以换货。',
  ]);
});

describe('agreeing that our side or a party is rotten', () => {
  flagsAs('unprofessional', [
    '您说得没错，我们这前台就是一团糟。',
    '是啊，那家洗衣店确实很不靠谱。',
    '對啊，我們客服部真是亂七八糟。',
  ]);
  staysClean([
    '这次我们的安排确实很差，非常抱歉，我马上给您补一张券。',
    '您觉得我们这边真是一团糟，我完全理解，我来帮您理清楚。',
  ]);
});

describe('the customer named as the cause, another party’s affair, a send-off under a condition', () => {
  flagsAs('blame', ['屏幕碎了是您自己摔出来的吧，都是您不小心弄的。']);
  flagsAs('passing-the-buck', ['电梯坏了是物业的事。', '要赔偿的话，您得自己去跟经理说。']);
  staysClean([
    '这不是您造成的，是我们仓库打包不牢，我这就给您补发。',
    '电梯的事不是物业的事，是我们负责，我马上安排人修。',
    '如果您需要联系物业，电话是62881234。',
  ]);
});

describe('fragments of impatience and a certainty nobody can give', () => {
  flagsAs('impatience', ['我都讲三遍了，周五截止。', '第二次跟您说了，停车场在地下二层。']);
  flagsAs('confrontation', ['明天就要拿到？这么急啊？']);
  flagsAs('false-reaction', ['放心，这个手术保证五年都不会再复发。', '一定审批成功，包在我身上。']);
  staysClean(['您这么急，我马上帮您加急处理。', '您都讲三遍了，真不好意思，我这就给您记下来。']);
});

describe('doubt: a mix-up imputed, disbelief as the whole answer, records held against', () => {
  flagsAs('doubt', [
    '您是不是把我们跟隔壁那家店弄混了？',
    '您真的付过钱？我不太信。',
    '我们这边可一条记录都没有。',
    '點會冇收到㗎？',
  ]);
  staysClean(['我把您的地址搞错了，真对不起，马上帮您改。']);
});

describe('a bare order opened by a deadline, precedent as what others accept', () => {
  flagsAs('order', ['明天下班前把钥匙还回来。', '今天把剩下的货款结清。']);
  staysClean(['明天下班前把钥匙还回来就可以了，谢谢您。', '我们明天把货款退给您。']);
  flagsAs('dismissal', ['其他租户都能接受这个收费。', '我哋一向都係咁收費。']);
});

// Classes found on an independent writer's development rows (never copied: new sentences here).
describe('rhetorical questions that attack, contempt with 连…都, the customer guessed as the cause', () => {
  flagsAs('confrontation', [
    '难道还要我们帮您把垃圾拿下楼吗？',
    '您还指望二十块钱包邮到新疆吗？',
    '您当我们这里是免费仓库吗？',
    '您自己就不会核对一下吗？',
    '你连收据都搵唔到？',
  ]);
  staysClean(['请问难道是系统没推送？我帮您查一下。', '您当时是在哪家门店买的呢？']);
  flagsAs('doubt', [
    '系统显示早就寄到了，不可能没收到。',
    '会不会是您家人先签收了？',
    '唔系啩，我哋每部车都检查过。',
  ]);
  staysClean(['会不会是您家人先签收了？我帮您查一下签收照片。']);
  flagsAs('blame', ['多半是您自己晚上没关窗了。', '是您自己没拔电源才烧坏的。']);
  staysClean(['是您提醒我们才发现的，谢谢您。', '肯定是您想要的那款，我帮您下单。']);
});

describe('brush-offs, vague promises, bare orders and hanging up first', () => {
  flagsAs('dismissal', [
    '算了吧，这点钱不值得折腾。',
    '到时候再说吧。',
    '回头会有人联系您的。',
    '我手头一堆报表，没时间帮您看。',
    '我哪有工夫一个个跟您说。',
  ]);
  staysClean([
    '今天下午三点前会有人联系您，负责的是王工。',
    '这件事包在我身上，我今天下班前给您回电。',
  ]);
  flagsAs('order', ['排队。', '好，签名。', '别放在门口。', '照做就行，不用多问。']);
  staysClean(['请签名。', '请您在这里签名，谢谢。', '您别担心，我来处理。']);
  flagsAs('impatience', ['没别的事我先挂了。']);
  staysClean(['我请同事接听，等她接了我再挂。']);
});

describe('refusals without a subject, a dead end in the passive, and whose affair it is', () => {
  flagsAs('refusal', [
    '您的分期申请经审核未能获得批准。',
    '这款手机的价格没法再少了。',
    '您的快递因为地址不详被退回了。',
  ]);
  staysClean([
    '您的快递因为地址不详被退回了，我已经帮您改好地址重新寄出，明天到。',
    '您确认金额之后，我们马上就能放款。',
  ]);
  flagsAs('passing-the-buck', ['扣款失败是银行的问题。', '您打快递电话问吧。']);
});

describe('a certainty backed by a check in the clause before', () => {
  staysClean(['放心，我刚核实过了，周四一定送到。', '别担心，已经查过了，退款明天肯定到账。']);
  flagsAs('false-reaction', ['放心，周四一定送到。']);
});

// Classes found on probe 2's misses (eval/probe-phrzh-2.jsonl), in new sentences.
describe('a result out of reach with no subject, and the agent’s failure with nothing after it', () => {
  flagsAs('refusal', [
    '这批喜帖周五之前印不出来。',
    '你嗰部相机嘅镜头而家换不了。',
    '我们没能在月底前帮您办完过户。',
    '会员价这边冇得再减。',
  ]);
  staysClean([
    '这批喜帖周五之前印不出来，我可以先给您做二十张电子版，实体的下周一送到。',
    '我们没能在月底前办完过户，我已经跟房管局约了下周二上午，我陪您去。',
    '放心，这个错不了。',
    '您周五来不了的话，我们改到周六也可以。',
  ]);
});

describe('precedent by years, a guess put after the customer, vouching, didn’t even look', () => {
  flagsAs('dismissal', ['我们这家店二十年都这么做。', '大家都等了这么久，也没人说什么。']);
  flagsAs('blame', ['您怕是把密码输成旧的了。']);
  flagsAs('false-reaction', ['这次肯定能批下来，我跟您拍胸脯。']);
  flagsAs('confrontation', ['通知贴在门口，您就没看一眼？', '合同你都没翻过吗？']);
  staysClean(['您都没看到短信吗？我马上给您重发一遍。']);
  flagsAs('doubt', ['您真的有在我们网点付过款吗？']);
});

describe('the reply model’s gate: 您放心 and "we never share" are kind, not charged', () => {
  const model = resources.replyModel;
  const modelHits = (text: string) =>
    detectPhrases(text, resources.phraseLists, model).filter((h) => h.by === 'model');
  test.each(['您放心，我查过了，钱昨天已经到账了。', '我們從來不會把病人嘅報告公開。'])(
    '%s stays clean with the model',
    (text) => {
      expect(model).toBeDefined();
      expect(modelHits(text)).toEqual([]);
    },
  );
});

// Classes found on probe 3's misses (eval/probe-phrzh-3.jsonl), mostly Hong Kong written
// Cantonese, in new sentences.
describe('Cantonese: bare classifiers, 冇得, 搵, 唔关…事, 快啲, our system 成日死机', () => {
  flagsAs('refusal', ['你張八達通已經停用咗，冇得退。', '套票價錢改不上去。']);
  flagsAs('send-to-manager', ['想退錢就搵我哋主管。']);
  flagsAs('dismissal', ['泊車嘅事唔關我哋商場事。']);
  flagsAs('impatience', ['地址講一次，快啲。']);
  flagsAs('unprofessional', ['我哋嗰部收銀機成日死機，好鬼煩。']);
  flagsAs('doubt', ['你琴日根本冇嚟過取貨。']);
  staysClean([
    '你張八達通停用咗，我幫你即刻換張新卡，唔使錢。',
    '您本人不方便來的話，可以請家人帶委託書代辦。',
  ]);
});

describe('rhetorical reproach and a condition-first protection the model reads as kind', () => {
  flagsAs('confrontation', [
    '您就不能提前一天通知我们吗？',
    '您至于为这点小事投诉吗？',
    '您自己没关窗，这也怪我们？',
  ]);
  flagsAs('blame', ['您是不是没看说明书？不然怎么会装反。']);
  staysClean(['都怪我们没安排好，真对不起，我马上给您换一间。']);
  test('a protection stated before the customer’s step is no model flag', () => {
    const text = '在您确认报价之前，费用都由我们承担。';
    expect(
      detectPhrases(text, resources.phraseLists, resources.replyModel).filter(
        (h) => h.by === 'model',
      ),
    ).toEqual([]);
  });
});

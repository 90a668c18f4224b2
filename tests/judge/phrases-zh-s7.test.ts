import { describe, expect, test } from 'vitest';
import { detectPhrases } from '../../src/judge/phrases/index.js';
import { flagsAs, resources, staysClean } from './phrases-helpers.js';

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

describe('more forms: the customer over-reacting, everyone the same, take it or leave it', () => {
  flagsAs('dismissal', [
    '您太激动了，坐下慢慢说。',
    '押金谁来都一样，一分不退。',
    '这车爱修不修。',
  ]);
  flagsAs('blame', ['你梗係打錯咗密碼。', '你自己唔小心整壞咗。']);
  staysClean(['您別太著急，我理解，我這就幫您查。', '您应该带上保修卡，这样师傅上门好核对。']);
});

describe('a bare command with its object fronted, and no subject or please', () => {
  flagsAs('order', ['行李箱放门口。', '身份證聽朝帶嚟。', '張合約重新簽過。']);
  staysClean([
    '我把行李箱放门口了。',
    '行李箱放门口就行，师傅会来搬。',
    '身份證帶嚟得唔得？',
    '我幫你重新寫過咗。',
  ]);
});

describe('who else to blame, doubt of what the customer did, and making do', () => {
  flagsAs('blame', ['密码告诉别人了，还能怪谁？']);
  flagsAs('doubt', ['你肯定你交咗表？', '划痕真有那么严重？']);
  flagsAs('dismissal', ['尺码差一点，您将就着穿吧。', '自己看吧。']);
  flagsAs('confrontation', ['您到底有没有看短信？']);
  staysClean([
    '您确定您要退掉这间房吗？',
    '您可以自己看一下，有不明白的我再给您讲。',
    '这不能怪您，我马上给您处理。',
  ]);
});

// The model's gate reads the list's cues: a protection, thanks, a hedge with a call-back and a
// benefit after an obligation are kind or advice, whatever words the model weighs.
describe('the reply model’s flags on kind or advising Chinese replies are cleared by the cues', () => {
  const withModel = (text: string) =>
    detectPhrases(text, resources.phraseLists, resources.replyModel);
  test.each([
    '我们绝不会把您的病历转给保险公司。',
    '我哋唔會喺你唔知情嘅情況下續約。',
    '您这么耐心等我们，太感谢了。',
    '我唔係好肯定，我問完師傅再打返畀你，大概半個鐘。',
    '您應該先把門鎖好，這樣裝修工人才不會亂進。',
  ])('%s', (text) => {
    expect(withModel(text)).toEqual([]);
  });
});

describe('take it or leave it, scorn for a simple step, stop interrupting, look it up, wait it out', () => {
  flagsAs('dismissal', [
    '嫌远就别订这家了。',
    '唔滿意就唔好再嚟啦。',
    '别老是打断我。',
    '百度一下就知道了。',
    '等着吧。',
    '定金不退，您自己考虑。',
  ]);
  flagsAs('confrontation', ['这么容易的步骤也搞不懂？']);
  flagsAs('policy-shield', ['先付款后发货，规矩。']);
  flagsAs('refusal', ['你问我我问谁？']);
  staysClean([
    '如果您不满意就不要勉强，我帮您换一件。',
    '我查一下就知道了，您稍等。',
    '按公司规定，退款三天内到账。',
    '您等着我，我马上回来。',
  ]);
});

describe('a needless concern, the customer’s unread terms, sent off to queue, and a no that reassures', () => {
  flagsAs('dismissal', ['没必要专门跑一趟医院。']);
  flagsAs('confrontation', ['您下单之前没看说明吗？']);
  flagsAs('order', ['先去门口取号。']);
  staysClean([
    '没必要跑医院，社区诊所就能看，我帮您约。',
    '请您先去排队，我们马上叫号。',
    '我们从来不收上门费，您放心。',
    '您下单的时候没看到优惠吗？我帮您补上。',
  ]);
});

describe('the customer as the cause, doubt of a past act, and Cantonese "not free"', () => {
  flagsAs('blame', ['订单被取消是因为您没按时付款。']);
  flagsAs('doubt', ['您确定有把发票寄给我们吗？', '你真係冇改過密碼？']);
  flagsAs('confrontation', ['新手机您自己不会设置吗？', '您的要求也太多了。']);
  flagsAs('policy-shield', ['我只是照规定做事。']);
  flagsAs('dismissal', ['我今日唔得閒，聽日先講。']);
  staysClean([
    '这是因为您的订单在偏远地区，所以要多等一天。',
    '您确定有带身份证吗？没带的话我们这边可以用电子证件。',
    '根據規定要本人簽名，你唔得閒嘅話可以授權家人嚟。',
    '符合您要求的太多了，我先挑两家评分最高的。',
  ]);
});

describe('normalising the harm, a risk denied, others satisfied, counted explaining', () => {
  flagsAs('confrontation', ['新车哪有不出点小毛病的。', '这么大的人了，还不会填表？']);
  flagsAs('false-reaction', ['您放心，这种药一点风险都没有。']);
  flagsAs('dismissal', ['不会吧，别的家长都很满意。']);
  flagsAs('impatience', ['这个流程我要解释几次您才明白？', '你問咗十次喇。']);
  staysClean(['任何手术都有风险，医生会在术前跟您详细说明。']);
});

describe('bad news followed by the next date, an agent who does it another way, a Cantonese no problem', () => {
  staysClean([
    '这期的讲座已经结束了，下一期在十月三号。',
    '今天最后一班船已经开走了，下一班是明早七点。',
    '網上冇辦法改，不過你打電話嚟我直接幫你辦。',
    '冇問題，聽日再送都得。',
  ]);
  flagsAs('refusal', ['这期的讲座已经结束了。']);
  flagsAs('dismissal', ['下次再说吧。']);
});

describe('a bare "look it up yourself" as the whole clause sends the customer away', () => {
  flagsAs('dismissal', ['规则都贴在门口了，自己看。', '價目表喺牆上，自己睇啦。']);
  staysClean(['您也可以自己在小程序里查进度。', '我先帮您登记，之后您也可以自己上网查。']);
});

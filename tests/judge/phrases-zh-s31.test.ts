import { describe } from 'vitest';
import { flagsAs, modelClean, modelFlags, staysClean } from './phrases-helpers.js';

// Chinese and Japanese acts of session 31 (issue 11), each in sentences written for this test.
describe('dead end: what the customer wanted gone to someone else, nothing after', () => {
  flagsAs('refusal', [
    '你要嘅嗰張梳化，已經賣咗俾第二個客。',
    '那間海景房昨天已經租給別的客人了。',
    '您看中的那只手表，上一位顾客已经买走了。',
    'ご希望の車両は、他のお客様のご契約済みでございます。',
  ]);
  staysClean([
    '那间海景房已经租给别的客人了，同楼层还有一间山景房，我给您留着？',
    '如果您不想要了，也可以把票转让给别人。',
    '我们不会把您的资料卖给别人。',
    '别的客人买了都说合身。',
  ]);
});

describe('precedent: from a start until now, 是这样 + the practice closing its clause', () => {
  flagsAs('dismissal', [
    '这家面馆从开张起就是这么煮的。',
    '我哋由開舖到而家都係咁剪嘅。',
    '这条线路从开通以来都是这样绕的。',
  ]);
  staysClean(['从明年起就是这样算的。', '您的热水器从昨天起就是这样的吗？']);
});

describe("busy: the agent's load, then the customer's matter shelved or not to be raised now", () => {
  flagsAs('dismissal', [
    '这两天展会忙疯了，换货的事往后挪挪。',
    '呢個禮拜團體客好多，你嘅維修往後推一推。',
    '今天超多人在排隊，這個先不要問。',
    '不好意思，我这会儿真的腾不出手。',
    '月底大家都在赶报表，没人顾得上核对您的账单。',
  ]);
  staysClean([
    '今天人很多，您先不要着急，我十分钟后给您回电。',
    '您的包裹先放着没关系，我们明天上午派人去取。',
  ]);
});

describe("blame: the fault put on the customer's own side by a cleft after a judgement adverb or closing on its cause", () => {
  flagsAs('blame', [
    '墙面发霉，主要是您那边工人刷漆前没等墙干透。',
    '热水器漏水是您家装修队把进水管接错了造成的。',
    '鍋底會燒焦，多半是你煮嘅時候冇攪吧。',
  ]);
  staysClean([
    '这次延误主要是我们仓库漏发了一件造成的，我马上补寄。',
    '费用应该是您那边公司报销吧。',
  ]);
});

describe("hostile questions: the customer's mind or eyes, pointless 还 V 什么, never done an everyday thing", () => {
  flagsAs('confrontation', [
    '你脑袋是不是有什么毛病？',
    '这么大的牌子都看不到，你眼睛有没有问题啊？',
    '怕晒还订什么露台座位？',
    '你個仔都用咗成年，仲換乜嘢電池呀？',
    '你沒用過吹風機喔？',
    '您是第一次开自动挡的车吗？',
    'インターホンを使ったことがないんですか？',
  ]);
  staysClean([
    '您是第一次做美甲吗？',
    '您之前没用过这个功能吗？我教您。',
    '您没收到过我们的短信吗？',
    '订单已经提交了，您还需要什么吗？',
    'インターホンをお使いになったことがありますか？',
  ]);
});

describe("ja: who would mind, who is troubled, asked of the customer's trouble", () => {
  flagsAs('dismissal', [
    'その程度のシミなんて、誰が気にするんですか？',
    '少し遅れたくらいで誰が困りますか？',
  ]);
  staysClean(['どなたがお使いになりますか？']);
});

describe('a "no" that closes a 的话 condition, then the agent acting, is an offer', () => {
  staysClean(['唔得嘅話我即刻同你換過。']);
  modelClean('condition then the agent', [
    '还是不行的话我们再帮你申请退款',
    '還是不行的話我再幫你申請',
  ]);
  modelFlags('refusal', ['唔得嘅話我都冇辦法。']);
});

describe('a telling named as done (都跟您讲过了，) quotes nothing: the clause after it is the agent’s own', () => {
  flagsAs('dismissal', [
    '三个方案都跟您讲过了，选哪个您自己拿主意吧。',
    '兩款都同你講咗，你自己諗啦。',
  ]);
  flagsAs('impatience', ['都跟您说过了，押金不退，还要我说几遍？']);
  staysClean(['师傅跟您说过了，下午三点到。']);
});

import { describe } from 'vitest';
import { flagsAs, modelClean, staysClean } from './phrases-helpers.js';

// Chinese acts of the eleventh round (session 9), each in sentences written for this test,
// Simplified and Traditional (Taiwan, Hong Kong); beside each class, its near miss stays clean.
describe('a dead end closed on how things stand for now', () => {
  flagsAs('refusal', [
    '您订的那批瓷砖还在厂里压着,目前就是这样。',
    '会员卡系统在升级,暂时都系咁。',
    '露营区今年都订满了,今年就这个样子了。',
  ]);
  staysClean(['好的,那就周三下午,目前就这样安排。', '对,目前就是这样。']);
});

describe('a fault made small, or called normal with nothing done', () => {
  flagsAs('dismissal', [
    '洗碗机偶尔有点噪音很正常。',
    '投影仪有时会闪一下,好平常。',
    '老小区水压不稳,正常现象。',
    '您耐心等等,反正迟早会寄到的。',
  ]);
  staysClean([
    '投影仪偶尔闪一下很正常,我给您寄个新的电源线试试。',
    '门锁的指示灯一直亮是正常的,说明已经上锁。',
  ]);
});

describe('disbelief: the first time heard, "are you joking?", "do you think that is possible?"', () => {
  flagsAs('doubt', ['我在这家酒店做了十年,头一次听说房间里有老鼠。']);
  flagsAs('confrontation', [
    '明天就要五十份?您在开玩笑吗?',
    '你呢个价想包埋安装?你讲笑咩?',
    '打三折?您觉得可能吗?',
  ]);
  staysClean([
    '这种情况我也是第一次听说,我马上联系主管来处理。',
    '同事刚才跟您开玩笑,是他不对,我替他向您道歉。',
    '您觉得可能是哪一步出了问题呢?',
  ]);
});

describe('not our business, the choice left alone, hurrying the customer', () => {
  flagsAs('confrontation', [
    '您的车被贴罚单跟我们洗车行有啥关系?',
    '你隻貓走失咗,關我哋寵物店咩事?',
  ]);
  flagsAs('dismissal', ['选套餐A还是B,对我来说都一样。']);
  flagsAs('impatience', ['讲快啲啦,得唔得?', '能不能挑要紧的讲?']);
  staysClean([
    '这跟您的信用分没有关系,只是系统在核对。',
    '您挑个时间,周一周二我都行。',
    '我先长话短说:您的退款今天到账。',
  ]);
});

describe('arrangements, directions and handovers the reply model reads as kind', () => {
  modelClean('an arrangement or a direction', [
    '好的,周五上午十点,等您带合同过来签字。',
    '電腦修好咗,你直接攞走就得。',
    '你嘅車位喺B2,落咗電梯右手邊就係。',
    '鞋子补好了,鞋油也擦过了,您穿走就行。',
    '我已经请店长过来,她马上跟您核对账单。',
  ]);
});

describe('doubt set against what normally happens, blame for saying it late, a guess at the household', () => {
  flagsAs('doubt', ['您确定把网线插好了吗?一般不会连不上的。']);
  flagsAs('blame', ['你而家先嚟話唔啱?', '为什么当时不说?', '可能是您家小朋友拿去玩了吧。']);
  staysClean([
    '您确定把网线插好了吗?如果插好了还连不上,我帮您远程看看。',
    '可能是您家人代签了,我帮您联系快递员确认一下。',
  ]);
});

describe('the customer sent to "them", the rules only carried out, our side run down', () => {
  flagsAs('passing-the-buck', [
    '这是航空公司的规定,你打给他们问。',
    '停电的事您直接找供电局客服。',
  ]);
  flagsAs('policy-shield', ['上面怎么定我们就怎么执行。']);
  flagsAs('dismissal', [
    '唔好再打嚟問喇,有消息自然會通知你。',
    '我们的豆浆一直都是这个口味,老街坊都喝惯了。',
  ]);
  flagsAs('unprofessional', ['我們這間分店的服務真的很糟。']);
  staysClean([
    '您也可以打给他们问问,电话我发给您。',
    '我帮您打给他们问一下,稍等。',
    '不用再打来了,我们明天上午会主动给您回电。',
    '今天天气真的很糟,航班可能会延误,我帮您留意。',
  ]);
  modelClean('someone brought over to the customer', ['我已经请值班护士过来跟您说明用药。']);
});

describe('chat-style replies: scorn, complaining asked back, orders closed by a hurry', () => {
  flagsAs('confrontation', ['这么简单的表都能填错', '排队排了五分钟都要投诉?', '您不会用微信吗?']);
  flagsAs('order', ['合同扫描发过来 快点']);
  flagsAs('impatience', ['能不能一次把地址讲完']);
  flagsAs('false-reaction', ['放心 明天一准出货 百分百']);
  staysClean([
    '很多人都会弄错这一步,我再说一遍。',
    '您不会用微信的话,我发短信给您。',
    '好的,我马上给您发过来,快点的话今天能到。',
    '我一次跟您说完:周三取件。',
  ]);
  modelClean('a hedge handed to a colleague', ['这个我不太确定 我请仓库同事直接打给您']);
});

describe('scorn for not knowing, the tone called out, a reproach of diligence, telling held against', () => {
  flagsAs('confrontation', ['这个都不知道?', '呢个都唔知?', '您这么大声干嘛?']);
  flagsAs('doubt', ['你看清楚了吗?单子上写着呢。']);
  flagsAs('impatience', ['我刚才已经报过一遍订单号了,您没记吗?']);
  flagsAs('dismissal', ['买哪个保险您自己想,我不掺和。']);
  flagsAs('false-reaction', ['您就安心等着,这笔款百分之一百能追回来。']);
  staysClean(['这个都不知道也正常,我来解释一下。', '你看清楚了吗?没关系,我再发一张清楚的图给你。']);
});

describe('formal written replies: on your own, never in N years, do not ask again, recall again', () => {
  flagsAs('passing-the-buck', ['退货运费的问题请您自行联系快递公司。']);
  flagsAs('dismissal', ['本馆开放二十年,从未发生过您说的事。', '划痕很浅,不必过于在意。']);
  flagsAs('impatience', ['资料已在附件中说明,请勿重复咨询。']);
  flagsAs('doubt', ['我们的记录显示您当天并未到店,请您再回忆一下。']);
  staysClean([
    '如需发票,您可以自行在官网下载。',
    '我们从未收到过您的付款,麻烦您提供一下转账记录,我帮您查。',
    '请您再回忆一下当天几点到的店。',
    '划痕很浅,不必过于在意,我们也可以免费帮您抛光。',
  ]);
});

import { describe, expect, test } from 'vitest';
import { actsWithModel, flagsAs, modelClean, staysClean } from './phrases-helpers.js';

// Chinese acts of session 18 (issue 11), each in sentences written for this test.
describe('news announced to the customer (通知你一声，/ 话你知，), then their matter gone, nothing after', () => {
  flagsAs('refusal', [
    '李小姐，通知您一声，周六那场品酒会取消了。',
    '话你知，下个月嗰期瑜伽班停办咗。',
    '告诉您一声，那批年货礼盒已经卖完了。',
  ]);
  staysClean([
    '通知您一声，周六那场品酒会取消了，费用原路退回，也可以改到下周六。',
    '通知您一声，您的维修单已经登记好了。',
  ]);
});

describe('one way only, then the other ways shut (只能…，别的…不V)', () => {
  flagsAs('refusal', [
    '旧家电只能送到我们指定的回收点，别的回收站不要。',
    '退款只能退到原来的银行卡，其他账户一律不行。',
  ]);
  staysClean([
    '只能用现金付押金，其他的不用准备。',
    '退款只能退到原来的银行卡，其他账户不行，不过我可以帮您先查一下到账时间。',
  ]);
});

describe('who would dare, asked of the customer: a rhetorical attack', () => {
  flagsAs('confrontation', ['您这么挑剔，谁敢接您的单啊？', '你咁恶，边个敢同你做生意呀？']);
  staysClean(['没有人敢怠慢您，我这就去催。']);
});

describe('a guess that the customer did it wrong (多半是/应该是 + 你 + …不对)', () => {
  flagsAs('blame', ['打印机卡纸多半是您放纸的方式不对。', '应该是你插卡的方向不对啦。']);
  staysClean([
    '不是您操作不对，是机器本身有故障，我们给您换一台。',
    '会不会是我们给的说明书不对？我马上核对。',
  ]);
});

describe('a bare order split around its object, closing the reply', () => {
  flagsAs('order', ['后天带户口本原件过来。', '下周一前将合同交嚟。']);
  staysClean([
    '后天带户口本原件过来就可以办了。',
    '我们马上把新的送过来。',
    '合同将于下周一寄过来。',
    '您方便的话后天带户口本过来，我们当场帮您办。',
  ]);
});

describe('a rule closed on itself (A就是A): the matter shut with no reason', () => {
  flagsAs('policy-shield', ['押金扣了就是扣了。', '过了时间就是过了时间喔。', '拆咗就系拆咗啦。']);
  staysClean([
    '押金扣了就是扣了，不过我可以帮您申请一半退回。',
    '如果订了就是订了的话，我们会按订单发货。',
    '这就是我们新开的门店。',
  ]);
});

describe('a rule for everyone past a threshold is information, not a refusal', () => {
  staysClean(['身高一米二以下的儿童不能单独乘坐。', '未满十八岁的顾客不能购买烟酒。']);
  flagsAs('refusal', ['您的孩子不能单独乘坐，没办法。']);
});

describe('a never that protects the customer: their records not handed to others', () => {
  staysClean(['我们绝对不会将您的病历交给其他机构。', '我哋绝对唔会将你嘅资料交俾其他公司。']);
  flagsAs('confrontation', ['这种事我们绝对不会给您办。']);
});

describe('a verb of telling takes 你 as its object: the agent tells, the customer does not act', () => {
  flagsAs('refusal', ['提醒您一下，您报的那期营地已经满员了。']);
});

describe('agreeing with the customer that their wait was hard, then acting', () => {
  modelClean('empathy, then what was done', [
    '你讲得啱，喺街边等成个钟真系好辛苦。车费已经退返俾你，我都记低咗。',
    '您说得对，在门口等了一个多小时确实难受。服务费已经给您免了。',
  ]);
  test('agreement that runs our side down is still a false reaction', () => {
    expect(actsWithModel('您说得对，我们那个售后就是摆设。')).not.toEqual([]);
  });
});

describe('one way only, then what the customer wanted shut with the same verb negated', () => {
  flagsAs('refusal', ['我们只能帮您寄平邮，快递不寄。', '我哋只可以收现金，信用卡唔收㗎。']);
  staysClean(['只能收现金，刷卡不收，不过可以扫码付款。', '只能坐后排，视野也不错。']);
});

describe("the customer's own choice held up as the cause", () => {
  flagsAs('blame', ['尺码小了那是您自己挑的。', '款式唔啱係你自己拣嘅。']);
  staysClean(['这不是您自己选的，是系统默认的，我帮您改回来。']);
});

describe('a slip of the hands guessed with 了吧', () => {
  flagsAs('blame', ['你是接错水管了吧。', '您安装的时候把滤芯装反了吧。']);
  staysClean(['应该是我们发错货了吧，我马上给您换。']);
});

describe('a rule followed by another way, and a step of the agent’s next act', () => {
  staysClean(['这是场馆的规定，您可以改报周末的亲子场。', '你寄返嚟，我哋免費幫你換過。']);
});

describe("the customer's way called the reason nobody will suit them", () => {
  flagsAs('blame', ['你这么挑法，谁会合适啊？', '你咁用法，冇人帮到你㗎。']);
  staysClean(['你这么用法，谁都会觉得不方便，我们帮您换个款式。']);
});

describe('attention left to whoever is free: a promise with no one and no time', () => {
  flagsAs('dismissal', ['资料放前台吧，有人有空会处理。', '你留个言，得闲会睇㗎。']);
  staysClean([
    '有人有空的话可以先来试试。',
    '资料麻烦您放前台就行，有人有空会处理，最晚明天下午前给您回电。',
  ]);
});

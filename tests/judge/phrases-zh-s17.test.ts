import { describe } from 'vitest';
import { flagsAs, modelClean, modelFlags, staysClean } from './phrases-helpers.js';

// Chinese acts of session 17 (issue 11), each in sentences written for this test.
describe('doubt put as a flat question: 您确定…? with no 吗, or the customer’s own hands on it', () => {
  flagsAs('doubt', [
    '签收记录上有您的名字，您确定没收到？',
    '记录显示师傅按时到了，你肯定他迟到？',
    '记录话已经送到，你肯定冇收到？',
    '出厂前都测过，是不是您自己拆过？',
  ]);
  staysClean([
    '您确定要退订吗？',
    '您确定一下时间，我帮您预约。',
    '您确定的话，我现在就帮您下单。',
  ]);
});

describe('the customer’s hurry scoffed at after “it only just happened”', () => {
  flagsAs('confrontation', ['模具昨天才开，您明天就要成品？', '你今晚就要拎货？']);
  staysClean(['您今天就要收到了，快递已经在派送。', '您今天就要吗？我帮您问问仓库能不能加急。']);
});

describe('“didn’t even bother to…” asked of the customer', () => {
  flagsAs('confrontation', ['买之前都不问一下尺寸的吗？', '装之前都不先看一下说明书喔？']);
  staysClean(['我们都没检查一下吗？我马上查。']);
});

describe('busy with no subject and the customer pushed to later', () => {
  flagsAs('dismissal', ['正忙，回头吧。', '而家好忙，等阵先。']);
  staysClean(['我这边在忙，晚点十分钟给您回电话。', '前台很忙，晚点人少一些，您可以那时候来。']);
});

describe('an order closed with 听到没有 / 听到未', () => {
  flagsAs('impatience', [
    '明早八点前把车还回来，听到没有？',
    '鞋柜要锁好，记住没有？',
    '钥匙还返嚟，听到未？',
  ]);
  staysClean(['喂，您那边听到没有？信号不太好。']);
});

describe('a bare order to redo it once more (重传一次 / 重填一遍)', () => {
  flagsAs('order', ['单子重填一遍，字写清楚。', '照片重拍一次。']);
  staysClean(['我帮您重发一次验证码。', '系统会重发一遍确认短信。']);
});

describe('only the boss can, so the customer is told to call them direct', () => {
  flagsAs('send-to-manager', ['这个只有主任能签，您直接找他。']);
  staysClean(['只有店长能批，您直接打他电话就行，他在等您的电话。']);
});

describe('earlier customers who were wrong held against this one', () => {
  flagsAs('dismissal', ['之前也有客人说漏发了，结果都是自己没拆完包装。']);
  staysClean(['之前也有客人遇到过这个问题，我们马上给您换一台新的。']);
});

describe('told to put up with it', () => {
  flagsAs('dismissal', ['装修就这几天，忍一下就过去了。']);
  staysClean(['不用忍几天，我们今天就派人来修。']);
});

describe('take it or leave it with 的话 (嫌贵的话不要买)', () => {
  flagsAs('dismissal', ['这个价就这样，你嫌贵的话不要买。']);
  staysClean(['您不喜欢的话不要紧，我们可以换一款。']);
});

describe('an outcome closed with Taiwan 就醬 or a flippant 明年請早', () => {
  flagsAs('refusal', ['活動取消了，就醬。', '報名已經截止了，明年請早。']);
  staysClean(['對，就醬，謝謝您。']);
});

describe('Cantonese hostility, guarantees and precedent in new words', () => {
  flagsAs('confrontation', ['讲咗几次都系咁，你想点呀？']);
  flagsAs('false-reaction', ['包你听日有得用，冇得走鸡。']);
  flagsAs('dismissal', ['我们这么多年都是这样装的。', '往年都是这样排的。']);
  flagsAs('passing-the-buck', ['这事不归我们，你问别人吧。']);
  staysClean(['这事不归我们管，不过我帮您联系物业，下午给您回电。']);
});

describe('a protection for the customer, a permission, advice with its reason', () => {
  modelClean('protection', [
    '您的体检报告我们从不给您本人以外的人看。',
    '你嘅资料我哋唔会俾你以外嘅人睇。',
  ]);
  staysClean(['发票下次带来也行。']);
  modelClean('advice', [
    '您应该先把水管的阀门关一关，漏水很多时候就是这个原因。',
    '建议您周末前来，周日以后房间就不多了。',
  ]);
  modelFlags('refusal', ['建议您去别家问问，我们这边不修。']);
});

describe('something offered or promised after it is a way forward', () => {
  modelClean('offered', [
    '那款布料没货了，我带了三块差不多的样布给你选。',
    '唔会要你等好耐，仲有两位就到你。',
    '您担心老人家一个人在家很正常，社工明天上午就上门看看。',
  ]);
});

describe('an opening greeting is nobody’s act: what follows is judged as if it stood alone', () => {
  // The 你 of 你好 once read as the reply's subject, so the order or dead end after it became the
  // customer's own; and the model read the greeting's n-grams as loaded.
  flagsAs('order', ['您好，把旧证件交上来。', '你好呀～把旧发票拿出来。']);
  flagsAs('refusal', ['你好呀～您的会员积分上个月已经清零了。']);
  modelClean('greeting', [
    '您好，改签我们不会另收手续费。',
    '你好呀～唔係，呢班船唔經大澳，要喺東涌轉車。',
    '哈囉～這個月來體驗課有送毛巾喔。',
    '张先生您好，您那把吉他的弦已经换好了。',
  ]);
});

describe('doubt with 真的 + what happened, and the customer’s hands on it with words between', () => {
  flagsAs('doubt', ['您真的在我们店里摔倒了？地上一直是干的。', '你部相机系咪自己拆过？']);
  staysClean(['你真的喜欢这款？', '您真的等了两个小时？太抱歉了。']);
});

describe('after the held-out probe: busy, precedent by numbers looked after, blame put back', () => {
  flagsAs('dismissal', ['师傅今日全部约满，冇人得闲理你。', '我们修过这么多台都没问题。']);
  flagsAs('blame', ['孩子学不会也不能全怪老师吧。']);
  staysClean(['这事不能全怪您，我们也有没讲清楚的地方。']);
  modelClean('kept informed', [
    '我们每天都会给它换水，您不用太担心，有变化我拍视频发给您。',
    '我哋每日都会记低佢食几多，今晚send埋相片俾你睇。',
  ]);
});

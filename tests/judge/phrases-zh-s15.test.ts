import { describe } from 'vitest';
import { flagsAs, staysClean } from './phrases-helpers.js';

// Chinese acts of session 15 (issue 11), each in sentences written for this test.
describe('a place or a stock used up, told with nothing after it', () => {
  // The result complement says it is all gone (分完, 订出去, 爆晒); 全 says all of them.
  flagsAs('refusal', [
    '下学期的储物柜已经分完了。',
    '周六的烧烤炉全租出去了。',
    '明年的年卡名额满了。',
    '下个月的试驾时段都排满了。',
    '今晚啲泳道全部爆晒。',
    '紀念版球衣賣晒喇。',
  ]);
  staysClean([
    '周六的烧烤炉全租出去了,周日还有三个,要不要帮您留一个?',
    '今晚啲泳道爆晒,不過聽朝七點仲有位,我幫你留?',
    '这条安全带已经过期了,我现在给您换一条新的。',
    '红色的卖完了,要不要看看蓝色的?',
  ]);
});

describe('the complaint agreed with, then whatever it was about called bad', () => {
  // No 我们 needed: the agreement opening the sentence makes a degree word and a bad word run the
  // office, the shop or the service down.
  flagsAs('unprofessional', [
    '对啊,那个停车场超乱的。',
    '係囉,間分店啲服務真係差。',
    '是啊,这家的外卖一年比一年难吃。',
    '就是就是,物业那帮人就是一团糟。',
  ]);
  staysClean([
    '是啊,等了这么久确实很烦,我马上帮您催一下。',
    '对啊,这条路周末特别堵,您可以走东门。',
    '是啊,这个套餐确实很划算。',
  ]);
});

describe('你讲得啱 / 你说得对 agree with the customer: what follows is the agent’s own word', () => {
  // A verb of saying with 得 and how well it was said reports nothing, so the run-down stands.
  flagsAs('unprofessional', ['你讲得啱,我哋间公司真係垃圾。', '你说得对,我们售后确实太慢。']);
});

describe('the customer’s matter put off because the agent is busy, stated or asked', () => {
  // 能不能晚点再说? / 迟啲先讲得唔得? asks the customer to go away: a request to defer is no real
  // question. 晚点说 and 稍后再看 defer as 晚点再说 does.
  flagsAs('dismissal', [
    '柜台前面一长队人,您这个能不能晚点再说?',
    '我呢度排緊長龍,你張單遲啲先講得唔得?',
    '现在忙着呢,晚点说。',
    '我这边同时在处理好几个退款,您的稍后再看。',
    '等等啦,我手頭上仲有兩單。',
  ]);
  // A time, a call-back or the agent coming over is a hold; the goods in hand are for the customer.
  staysClean([
    '我现在在上课,十一点半下课后马上给您回电话,可以吗?',
    '我这边在忙,稍后给您回电,大概二十分钟。',
    '我查一下再说好吗?',
    '不过我手上还有两套带车位的房子,我下午带您去看看好吗?',
  ]);
});

describe('a question that accuses the customer: why + always, 都不…的吗, 你以为…?, 冇…过…㗎?', () => {
  flagsAs('confrontation', [
    '你们为什么老是等到关门前才来取?',
    '點解你成日唔記得帶卡?',
    '说明书都放盒子里了,你们都不看的吗?',
    '你以为停车是免费的吗?',
    '你交表之前有冇睇過啲要求㗎?',
    '这还用问吗?',
    '您条件这么多,谁帮得了您?',
  ]);
  // Real questions: a guess put as 是不是, the customer's experience asked, a diagnosis with help.
  staysClean([
    '您是不是以为要先付款?其实到店再付就可以。',
    '你有冇試過重新開機呀?',
    '您为什么总是收不到验证码?我帮您查一下。',
    '请问是哪个同事帮到您的?',
    '您都没收到吗?',
  ]);
});

describe('放心 / 没问题, then a certainty about what others or things will do', () => {
  // 一定/肯定 + 会/能 (or the outcome verb itself) vouches for what the agent does not hold.
  flagsAs('false-reaction', [
    '放心,银行肯定会通知您的。',
    '没问题的,房东一定会同意。',
    '放心啦,工资下周一一定入帐。',
    '放心啦,食多兩劑實好返。',
  ]);
  // The agent's own promise, or a certainty after a check, is no empty reassurance.
  staysClean([
    '放心,我们一定会尽快处理。',
    '您放心,我查过了,包裹明天肯定能到。',
    '您放心,我一定会把您的意见转达给经理。',
  ]);
});

describe('a refusal followed by another one (另一个…) or the agent’s own act with its day', () => {
  // 另一个 folds to 另1个, so the alternative must be found in that form too.
  staysClean([
    '呢部影印機暫時用唔到,二樓有另一部。',
    '冇辦法即日出證,不過你今日交齊文件,我哋聽朝就寄出。',
  ]);
  flagsAs('refusal', ['呢部影印機暫時用唔到。', '冇辦法即日出證。']);
});

describe('the customer sent up the line on their own: you + (go) + ask/call + the boss', () => {
  flagsAs('send-to-manager', [
    '有意见您打总部领导的电话。',
    '您去3号柜台问当班主任。',
    '想退押金的话,您自己给店长打电话吧。',
  ]);
  // A handover after it, the agent asking, or a question about it sends no one.
  staysClean([
    '您去5号窗口找值班经理,我已经跟他说过您的情况了。',
    '您找的经理今天休息,我帮您约明天。',
    '您问过经理了吗?',
    '我帮您问一下经理。',
  ]);
});

describe('the customer’s trouble called normal as the last word (很正常的 / 好平常啫), nothing after it', () => {
  flagsAs('dismissal', ['风筝线断很正常的,玩久了都知道。', '部機過熱好平常啫。']);
  // Their worry called natural, an explanation, or a next step after it.
  staysClean([
    '您会担心是很正常的,我马上帮您查。',
    '电池发热是很正常的,说明正在快充。',
    '刚开始会酸是很正常的,休息两天就好。',
  ]);
});

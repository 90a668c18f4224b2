import { describe } from 'vitest';
import { flagsAs, modelClean, staysClean } from './phrases-helpers.js';

// Chinese acts of session 17's second round (issue 11), each in sentences written for this test.
describe('everyone, or the years, "all like this" closing a clause: precedent as the answer', () => {
  flagsAs('dismissal', [
    '押金都是先付的，大家都这么付的。',
    '这款鞋垫二十年都这样。',
    '押金大家都这么交的。',
    '其他客人都這樣。',
    '大伙儿的都这样，年年如此。',
  ]);
  staysClean([
    '大家都这样的话，我们就统一改到下周。',
    '大家都这么做吗？我帮您问问店长。',
    '别人都这样，不过我可以帮您申请特殊处理。',
    '这双鞋穿了五年都这么舒服。',
  ]);
});

describe('nobody ever / nobody asked: others held up as the measure', () => {
  flagsAs('dismissal', ['我们开店十年，从来没有人说过不好吃。', '冇人要求过改两次咁多。']);
  staysClean([
    '我们从来没有人会向您索要密码，请放心。',
    '从来没有人问过这个，我去查一下再回复您。',
    '没人要求您今天付款，月底前都可以。',
  ]);
});

describe('"a small matter" as a clause of its own', () => {
  flagsAs('dismissal', ['轮胎有点气不足而已，小问题。', '划痕浅浅的，小事啫。']);
  staysClean(['小事，我马上帮您换一个。', '这是小问题，明天师傅上门帮您调一下。']);
});

describe('denying what the customer went through: 不可能让您…', () => {
  flagsAs('doubt', [
    '司机记录十分钟就到了，不可能让您在路边站一个小时。',
    '怎么可能令你白跑一趟？',
  ]);
  staysClean(['不可能让您白跑一趟的，我现在就安排师傅明天上门。']);
});

describe('a told-about booking called off with nothing after, once the announcement is read', () => {
  flagsAs('refusal', [
    '跟您说一声，您订的周日船期取消了。',
    '同你讲声，你个位已经卖咗俾人。',
    '王老师，跟您说一下，你们学校下周的参观名额取消了。',
  ]);
  staysClean([
    '跟您说一下，周日的行程取消了，费用全额退回，也可以改到下周日。',
    '原来的色号停产了，我带了两个相近的色卡过来。',
  ]);
});

describe('other words and registers for rules, disbelief, fuss, blame and orders', () => {
  flagsAs('policy-shield', ['换尺码要收手续费，公司规矩来的。']);
  flagsAs('doubt', ['你话收到嗰阵已经烂咗？我有啲唔信喎。', '这话我们很难相信。']);
  flagsAs('dismissal', ['差一天啫，使唔使咁大反应。']);
  flagsAs('confrontation', ['开学前一日先嚟买校服，你早几个礼拜做咩去？']);
  flagsAs('blame', ['尺寸不对是您自己量错了。']);
  flagsAs('order', ['单据影相send嚟，今晚之前。', '发票whatsapp过嚟。']);
  staysClean([
    '尺寸不对不是您自己量错了，是我们标错了，我马上给您换。',
    '麻烦您把发票传给我就好，我今天帮您报销。',
    '这周哪天有空您就把表格交过来，我当天帮您办。',
  ]);
});

describe('a promise not to hand the customer’s records to anyone without consent', () => {
  modelClean('未经…不会…给任何人 is a protection, not a repeated telling', [
    '病歷未經你簽名同意，我哋絕對唔會交俾任何人。',
  ]);
});

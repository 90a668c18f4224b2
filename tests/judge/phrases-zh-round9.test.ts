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

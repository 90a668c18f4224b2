import { describe } from 'vitest';
import { flagsAs, staysClean } from './phrases-helpers.js';

// Session 20 round 2 (Chinese): acts said by structure, read on the misses of rounds 12q–12af,
// pinned here in other words and domains (Mandarin, Cantonese and Taiwan wording).

describe('the matter put with another party, the customer pointed at them, no handover', () => {
  flagsAs('passing-the-buck', [
    '锅炉是开发商统一装的，问开发商吧。',
    '快递单是驿站打印的，你问驿站啦。',
    '会员积分的事找商场服务台吧。',
    '部冷氣係業主買嘅，有問題你問業主啦。',
  ]);
  staysClean([
    '锅炉是开发商统一装的，我帮您联系开发商，今天下午给您回电。',
    '会员积分的事可以找商场服务台，就在一楼。',
    '锅炉是开发商统一装的，保修期还有两年。',
    '有问题再找我吧。',
  ]);
});

describe("a fault put down to the customer's act by a cleft after it", () => {
  flagsAs('blame', [
    '咖啡机漏水，是您每次都没把水箱扣紧。',
    '個鎖生鏽，係你成日淋花淋到佢啫。',
    '屏幕花屏就是您家孩子老拿它砸桌子。',
  ]);
  staysClean([
    '漏水不是您装错了，是阀门老化，我们明天上门换。',
    '下个月就是您的会员周年，我们会送您一张券。',
    '上周三退的那单，是您本人签收的吗？',
    '您说上个月机器漏水，都是您自己动手修的，我们这就派师傅过去看看。',
  ]);
});

describe("an outcome not the agent's, vouched for by a vow of any wording", () => {
  flagsAs('false-reaction', ['交给我，评审那边绝对给您过。', '個會籍申請實會批，我拍心口。']);
  staysClean([
    '我保证明天上午十点前给您回电话。',
    '签证能不能下周出，这个我不敢保证，我先帮您把材料递上去。',
    '如果材料齐全，我保证审批会很快。',
    '交给我吧，我今天下午就去办。',
    '交给我吧，这批货肯定能清关，我明早就给您回电话。',
  ]);
});

describe('a practice always so, with the past held up as its warrant', () => {
  flagsAs('dismissal', [
    '我们琴行一直都是先交学费，十几年都这么过来的。',
    '我哋影相一向都係收全數，由我入行之前已經係咁。',
    '車位月租從來都是先繳三個月，今年也一樣。',
  ]);
  staysClean([
    '我们一直都是先交学费的，您今天交一半也可以，剩下的开课前付。',
    '如果您一直都是月付，今年也一样可以按月付。',
    '我们琴行一直都是先交学费，八年了都这样，可以分两期交。',
  ]);
});

describe('a cause denied or a matter already handed over (list precision)', () => {
  flagsAs('blame', [
    '热水器跳闸还不是因为您自己接了个劣质插排。',
    '部機壞咗仲唔係因為你成日摔佢。',
  ]);
  staysClean([
    '屏幕闪不是因为您摔过，是排线松了，我们免费修。',
    '充电桩归小区物业管，我已经把故障报给物业了，他们下午派电工过来。',
  ]);
});

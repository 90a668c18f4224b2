import { describe } from 'vitest';
import { flagsAs, staysClean } from './phrases-helpers.js';

// Session 23 (Chinese): acts said by structure, read on the misses of rounds 12ah–12an, pinned here
// in other words and domains (Mandarin, Cantonese and Taiwan wording).

describe('a span reaching now said to hold the practice named before it', () => {
  flagsAs('dismissal', [
    '琴房按小时收费，从开琴行到现在都是这样。',
    '我哋洗衫一向係按斤計，開業以來都係咁。',
    '滑雪板租金从来都是按天算的，以后也这样。',
    '報名表要親自交，開業以來都這樣喔。',
  ]);
  staysClean([
    '从开业到现在，会员洗车一直都是免费的。',
    '開店到而家泊車都係免費，你放心泊。',
    '琴房按小时收费，从开琴行到现在都是这样，不过您可以买十次卡，便宜两成。',
  ]);
});

describe('who would ever look, said of the customer’s fault', () => {
  flagsAs('dismissal', [
    '包装盒角上压扁了一点，谁会拿起来看啊。',
    '菜单错了一个字而已，客人哪会细看。',
    '色差得好少，邊個會睇得咁仔細。',
  ]);
  staysClean([
    '明天谁会来验收？',
    '到时候谁会来查，您提前告诉我就行。',
    '您的密码没人会看到，请放心。',
  ]);
});

describe('a degree or "what" put to what the customer expects', () => {
  flagsAs('confrontation', [
    '一次洗牙才收你八十块，你还期待什么？',
    '冬天去露营，你是期待多暖和？',
    '先收你二十蚊，你想要幾好嘅包裝呀？',
    '你仲想佢唱到幾好聽？',
  ]);
  staysClean([
    '您还想要几个？我再给您拿。',
    '这套才三百块，您想要多大的尺寸？',
    '您还要多久能到门口？',
  ]);
});

describe('certainty vowed by a concession no condition can shake', () => {
  flagsAs('false-reaction', ['我拍心口同你講,就算打風,渡輪都照開。']);
  staysClean(['我保证，就算下雨我们都会准时到。']);
});

describe('the customer pointed at another party, the sentence closing on it', () => {
  flagsAs('passing-the-buck', ['保险是合作方代办的,理赔您找合作方。']);
  staysClean(['这个套餐是上个月推出的，您找一下。', '电梯是物业公司管的，您可以打物业电话。']);
});

describe('a bare order after a name and title', () => {
  flagsAs('order', ['陈先生,八点前把行李箱搬到大堂,护照备好。']);
  staysClean(['王小姐，您的护照复印件我们收到了。']);
});

describe('the thing said to be the customer’s, then the choice left to them alone', () => {
  flagsAs('dismissal', [
    '换不换地板，房子是您自己的，您自己定。',
    '裝唔裝防盜網，屋係你嘅，你自己諗啦。',
  ]);
  staysClean(['车是您的，您自己定，我可以把两种方案的价格发给您。', '房子是您的，手续都齐了。']);
});

describe('blame by a counterfactual on the customer’s act', () => {
  flagsAs('blame', [
    '您要是早上八点前把车开出来，早就洗好了。',
    '要不是您箱子上没写电话,快递员也不会送错。',
    '你們如果有先預約，早就排到了。',
  ]);
  staysClean([
    '要是我们早一点通知您，您也不会白跑一趟，真对不起。',
    '如果您今天下单，明天就能到。',
    '您要是早点说，早就给您换了？',
  ]);
});

describe('the customer’s deadline echoed back as a question, nothing after', () => {
  flagsAs('confrontation', ['三十盒月饼今晚八点前就要送到？', '整桌寿宴?这周六就要?']);
  staysClean([
    '月饼今晚八点前就要送到？好的，我马上安排车。',
    '您的快递明天就要到了。',
    '这周五之前就要交材料吗？是的，我帮您列个清单。',
  ]);
});

describe('the customer’s booking told short of a count or ended, the fate alone after a comma', () => {
  flagsAs('refusal', ['您订的那箱茶杯,拆开少了三只。', '你哋上個月報嗰個陶藝班,取消咗。']);
  staysClean(['您订的那套餐具,少了两个碗,我们明天补寄过去。', '您订的讲座,取消了吗?']);
});

describe('a cleft blaming the customer’s act that closes on a result gone wrong', () => {
  flagsAs('blame', [
    '保单没生效,是您银行卡的账号填错了。',
    '窗帘短了一截,是您量的时候尺子拉得太松了。',
  ]);
  staysClean(['发票开错了，是我们财务写错了。', '是您上周订的那批货。']);
});

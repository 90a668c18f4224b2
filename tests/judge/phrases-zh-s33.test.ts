import { describe } from 'vitest';
import { flagsAs, staysClean } from './phrases-helpers.js';

// Chinese acts of session 33 (issue 11), each in sentences written for this test (简体, 粵, 台).
describe('policy shield: a rule cited as the source, then a charge upheld or relief refused, nothing of ours after', () => {
  flagsAs('policy-shield', [
    '根据服务协议，技术员到场后就算没修，出车费一样要付。',
    '按照租赁合同，车没开出去，租金也照收。',
    '依照課程章程，請假那幾堂的費用還是要全額繳。',
    '根據我哋嘅會員細則，過咗期嘅積分唔設補發。',
  ]);
  staysClean([
    '根据条款，您的押金会在三天内全额退还。',
    '按照合同，维修费由我们承担。',
    '根据条款，这笔费用由您承担，我可以帮您申请分期。',
    '根據合約，你提早解約都唔使俾違約金。',
  ]);
});

describe("blame: the fault laid on the customer's side by a verb of blame, or a cleft closing on a fault noun", () => {
  flagsAs('blame', [
    '漆面起泡，得怪您家那边装修时没通风。',
    '包裹退回来，要怪就得怪你们那边没人签收。',
    '訂單卡住，是你們那邊付款資料填錯的問題。',
  ]);
  staysClean([
    '我不会怪您那边的，这次是我们疏忽了。',
    '难怪您那边一直收不到，我马上重发一次。',
    // a restatement retelling someone's blame: a doer named before the verb
    '我们店员还怪您用力太大，换作是我也会很生气。',
  ]);
});

describe('advice: 你应该 with a fact about the world after it that calls for the step', () => {
  staysClean([
    '您应该提前十分钟到，门口停车位很少。',
    '你应该带把伞去，下午会下雨。',
    '你應該揀年繳，咁樣每個月平啲。',
  ]);
  flagsAs('order', ['你应该先看说明书，上面写得很清楚。', '你应该早点来，你这样很耽误事。']);
});

describe("order: a must on the customer's thing, steps of tying, drying or parking chained, nothing after", () => {
  flagsAs('order', [
    '雨布必须拴紧、擦干，等检查员来看。',
    '架车一定要泊喺后门、抹干，等司机嚟拖。',
  ]);
  staysClean(['小狗需要先拴好，这样美容师比较好操作。']);
});

describe("your call: the matter called the customer's own affair, in its northern 自个儿 form", () => {
  flagsAs('dismissal', ['选哪家装修队，那是您自个儿的事。']);
});

describe('policy shield: the rule as the subject stating a service refused, or said to be written plainly after a void', () => {
  flagsAs('policy-shield', [
    '明白您的意思，不过我们的规定是周末不接团体预约。',
    '會員積分過咗期就冇用，細則寫得好清楚。',
  ]);
  staysClean(['会员卡过期也能续，条款写到明。']);
});

describe('a promise not to let the customer bear a wait: the agent binding its own conduct', () => {
  staysClean(['我哋絕對唔會俾你喺門口白等，師傅一到就打畀你。']);
});

describe("doubt: 您确定 put to a state of the customer's thing, not to a decision they made", () => {
  flagsAs('doubt', ['您确定窗户是关好了的？好好的窗户哪会自己开。']);
  staysClean(['您确定想好了？定了我就帮您下单。']);
});

describe('a restatement retelling the news: the rule inside their words, their own search, a check tag closing it', () => {
  staysClean([
    '您是说店员跟您讲，根据合同，上门费照样收，对吗？',
    '您把车库翻遍了，钥匙还是没找到，难怪您这么着急。',
    '您的意思是我们师傅来了两次还是没找着漏点，您很失望，对吧',
    '您在店里排了一上午还是没能排进去，等得很不开心。',
  ]);
  flagsAs('policy-shield', ['跟您说一下，根据条款，出勤费照样收。']);
});

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

describe('dead end: a search told failed after trying, or a booking that did not get in, nothing after', () => {
  flagsAs('refusal', [
    '我们把车库翻遍了，您那把钥匙还是没找到。',
    '您报的那两桌，这次没能排进去。',
  ]);
  staysClean([
    '车库翻遍了还是没找到，我已经给您登记了，明天一早再派人去找一遍。',
    '门店地址您找不到的话，我发个定位给您。',
  ]);
});

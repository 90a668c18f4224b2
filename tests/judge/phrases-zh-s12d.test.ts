import { describe } from 'vitest';
import { flagsAs, staysClean } from './phrases-helpers.js';

// Precision of session 12 (issue 11, zh): what follows or stands around an act turns it into
// service. Each near miss was flagged before; beside it, the act it must not hide.
describe('the agent going along with the customer’s step', () => {
  staysClean(['先去三楼取号吧，叫到号我陪您一起办。', '先去二楼窗口交材料，我在这等您。']);
  flagsAs('order', ['先去三楼取号，叫到号再上来。']);
});

describe('a deadline and a 把 step as the condition of an outcome, or done by a third party', () => {
  staysClean([
    '今天之前把资料发过来的话，明天就能审核完。',
    '您先去前台办一下入住手续，我马上让行李员把行李送上去。',
  ]);
  flagsAs('order', ['今天之前把资料发过来。']);
});

describe('a guarantee named as a slogan', () => {
  staysClean(['包你满意是我们的宗旨，不满意可以随时退。']);
  flagsAs('false-reaction', ['用了这个枕头包你满意。']);
});

describe('a free-time promise with a time named after it', () => {
  staysClean(['有时间我们一起去看看那家店吧，下午三点我陪您去。']);
});

describe('the customer’s slip waved away', () => {
  staysClean(['你自己迟到不要紧，我们的导游会等您十分钟。']);
});

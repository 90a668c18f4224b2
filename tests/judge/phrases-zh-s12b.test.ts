import { describe } from 'vitest';
import { flagsAs, modelClean, staysClean } from './phrases-helpers.js';

// Chinese acts of session 12's second round (issue 11; the misses of probe-phrzh-s12b's first
// run), each in sentences written for this test. Beside each class, its near miss stays clean.
describe('going somewhere, then a bare 把 clause: an order', () => {
  flagsAs('order', ['先去二楼的办公室把证明盖好。', '下午到五号窗口把罚款交了。']);
  staysClean(['您可以先去二楼办公室把证明盖好，我在这儿等您。', '我先去柜台把您的押金退了。']);
});

describe('a deadline, 将, then a settling verb (Cantonese)', () => {
  flagsAs('order', ['下周之前將按金過數。']);
  staysClean(['明天之前将退款转到您的账户。']);
});

describe('the customer left to deal alone with an office', () => {
  flagsAs('send-to-manager', ['签证的事只能自己找出入境管理处。']);
  staysClean(['签证的事我帮您联系出入境管理处。']);
});

describe('many people all find it fine, with no recommendation around it', () => {
  flagsAs('dismissal', ['很多宝妈用这款奶瓶都说好用。']);
  staysClean(['您可以试试这款奶瓶，很多宝妈都说好用。', '很多宝妈都说好用，要不要拿一个试试？']);
});

describe('a bare "go and queue" as the whole clause', () => {
  flagsAs('order', ['取号去。']);
  staysClean(['您先登记去年的信息就可以了。']);
});

describe('rules obeyed, not owned, in Cantonese', () => {
  flagsAs('policy-shield', ['我哋淨係按程序做。']);
  staysClean(['我哋會按程序幫你申請退款。']);
});

describe('包你 vouching for a looks outcome', () => {
  flagsAs('false-reaction', ['用我哋嘅面霜包你靚好多。']);
});

describe('a time of the customer’s choosing is hospitality, not a confrontation', () => {
  modelClean('a time of the customer’s choosing', [
    '您想几点过来都行，我们晚上十点才关门。',
    '您想什么时候来看都行。',
  ]);
});

import { describe } from 'vitest';
import { flagsAs, staysClean } from './phrases-helpers.js';

// Chinese acts of session 13 (issue 11; the zh misses of blind round 12l and probe-phrzh-s13 by
// class), each in sentences written for this test. Beside each class, its near miss stays clean.
describe('a deadline, then a bare sanction for being late', () => {
  flagsAs('order', ['周六早上八点前必须到码头，迟到不候。', '十點前要交齊，過時就作廢。']);
  staysClean(['迟到十五分钟以上，预约会自动取消。', '迟到也没关系，我们给您留位。']);
});

describe('the next batch or session: not known, and nothing offered', () => {
  flagsAs('refusal', ['这款奶粉断货了，下批什么时候来还不清楚。', '暑期班已经报满，下一期未定。']);
  staysClean([
    '下一批什么时候到还不清楚，到了我第一时间通知您。',
    '补货时间还没定，您可以先看看同款的其他颜色。',
  ]);
});

describe('the customer’s account called overstated, with a tag', () => {
  flagsAs('doubt', ['您说等了两个小时？不至于吧。', '房间小成这样？有点言过其实了吧。']);
  staysClean(['一点都不夸张，这种情况我们会全额赔偿。']);
});

describe('"it is all written there", and the customer left to read it', () => {
  flagsAs('dismissal', ['保修的事您看合同，里面都写着。']);
  staysClean(['保修条款合同里都写着，我给您指一下在第几条。']);
});

describe('连…都 + not able, asked', () => {
  flagsAs('confrontation', ['您连自己的车牌号都记不得吗？', '連個帳號都唔識開？']);
  staysClean(['您连续两次都没收到吗？我马上帮您重发。']);
});

describe('did you even read it first? (有冇…先)', () => {
  flagsAs('confrontation', ['你有冇睇過張單先？', '你有冇讀清楚合約先至嚟投訴？']);
  staysClean(['你有冇帶收據？', '你有冇試過重新開機？']);
});

describe('the customer’s step first (…先), and only then the talking', () => {
  flagsAs('order', ['攞咗號先再講。']);
  staysClean(['我哋查清楚先再講。', '麻煩你填咗張表先，再嚟搵我。', '先看再说吧。']);
});

describe('a bare acknowledgement, then "just wait"', () => {
  flagsAs('dismissal', ['知道了，你等消息就好。']);
  staysClean(['好的，我们明天上午十点前给您回复，您等电话就行。']);
});

describe('agreeing, then the agent’s side always getting it wrong', () => {
  flagsAs('unprofessional', ['对啊，我们店老是发错货。', '係呀，啲師傅成日都甩底。']);
  staysClean(['是的，快递有时候会送错，我马上帮您联系快递公司。']);
});

describe('"surely not", then "how could it…?"', () => {
  flagsAs('doubt', ['不会吧，我们的锁怎么会打不开？']);
  staysClean(['不会吧，怎么会让您等这么久？我马上帮您查。']);
});

describe('a queue said as 在排, then the customer’s matter put off', () => {
  flagsAs('dismissal', ['外面好多人在排，你嗰單遲啲再講。']);
  staysClean([
    '外面好多人在排，大概十分鐘輪到你，我一有位就叫你。',
    '现在很多人在排队，大概十分钟轮到您。',
  ]);
});

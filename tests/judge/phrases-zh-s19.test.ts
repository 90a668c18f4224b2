import { describe } from 'vitest';
import { flagsAs, staysClean } from './phrases-helpers.js';

// Chinese acts of session 19 (issue 11), each in sentences written for this test.
describe('the work asked for told as not to be done, no one named, nothing after (V不了 / V唔返 / 没有核准)', () => {
  flagsAs('refusal', [
    '这块表的表蒙是换不了的。',
    '您好，周末前是送不到的。',
    '嗰部相機執唔返喇。',
    '您申请的延期，物业没有批准。',
    '這批樣品這週印不出來。',
    '这周六的导游临时病了，没有人能去。',
    '您要的那套礼服周五没能改好。',
  ]);
  staysClean([
    '这块表的表蒙换不了，不过我们可以给您换一块同款的新表。',
    '这个尺寸肯定错不了的。',
    '如果周末前送不到，我们全额退运费。',
    '周末前送不到，我们明天先给您发一半。',
    '申请还没有批准，我明天上午再帮您催一次。',
    '没有人会怪您的。',
    '那天没有人能去，不过我可以帮您约下周二。',
  ]);
});

describe("the customer's own thing told befallen — dead, failed, broken, lost — nothing after", () => {
  flagsAs('refusal', ['您寄来修的那把伞在仓库里丢了。', '王先生，你订的那盆兰花在路上死了。']);
  staysClean([
    '您寄来修的那把伞在仓库里丢了，我们照原价赔给您，今天就转账。',
    '你订的那盆兰花在路上死了，我们明天免费补送一盆。',
  ]);
});

describe("a subjectless 把 clause after the agent's own act continues it: no order", () => {
  staysClean(['我明天下午过去，把合同重新打印一遍。', '我们周五再上门一次，把灯管重新装好。']);
  flagsAs('order', [
    '我跟您说，把收据重新打一遍。',
    '我这边不管，把单子放门口。',
    '先把收据重新打一遍。',
  ]);
});

describe("the agent's own annoyance said alongside the customer's (我也烦 / 我哋都好头痕)", () => {
  flagsAs('unprofessional', ['那台打印机早该换了，我用着也烦。', '呢个排队系统我哋都好头痕。']);
  staysClean(['换作是我，我也会很烦。', '我也很理解您的烦恼，我马上帮您处理。']);
});

describe('"you should" with the harm it spares the customer after it: advice', () => {
  staysClean(['您应该睡前把滤芯取出来，泡久了容易发霉。', '您应该先把盖子拧紧，不然容易漏。']);
  flagsAs('order', ['你应该睡前把滤芯取出来。']);
});

describe("the work disowned as not the agent's line (不是我们的活儿 / 唔系我哋嘅职责)", () => {
  flagsAs('passing-the-buck', ['帮您搬上楼那不是我们的活儿。', '装灯唔系我哋嘅职责。']);
  staysClean(['这不是您的工作失误，是我们的问题，我马上重做。', '这是我们的工作，应该的。']);
});

describe('nobody ever said so, the customer the first (从来没人说过……，你是第一个)', () => {
  flagsAs('dismissal', ['从来没有人说我们的枕头太硬，您是第一个。']);
  staysClean(['您是第一个报名的，名额肯定有。']);
});

describe('what the customer still wants or minds, asked back at them (还嫌贵? / 还想要全新的?)', () => {
  flagsAs('confrontation', ['一杯才十二块还嫌贵？', '打折的样品你还想要没有划痕的啊？']);
  staysClean(['您还想要别的吗？', '还想要哪个口味？', '您还嫌贵的话，我可以帮您申请会员价。']);
});

describe("a dead end relayed: an outside party's words are theirs, our own people's verdict is the agent's", () => {
  staysClean(['管理处昨天来电说水管修不好。']);
  flagsAs('refusal', ['那只手表我们师傅说修不好。']);
});

import { describe } from 'vitest';
import { flagsAs, modelClean, staysClean } from './phrases-helpers.js';

// Chinese acts of session 16 (issue 11), each in sentences written for this test.
describe('the customer’s hurry scoffed at: 哪有这么快 / 边有咁快', () => {
  flagsAs('confrontation', [
    '周五就要?哪有这么快的。',
    '今日就要拎?边有咁快啊。',
    '哪能那么快就批下来。',
  ]);
  staysClean(['没有这么快,一般要三个工作日。', '哪有这么快的，我帮您催一下仓库，下午给您回电话。']);
});

describe('take it or leave it: 不要拉倒 / 不买就算了', () => {
  flagsAs('dismissal', ['就这个价，不买拉倒。', '房间就这样，不住就算了。', '唔要咪算数。']);
  staysClean(['您不要的话，我们帮您退掉，不收手续费。', '这个价已经算了折扣，很划算。']);
});

describe('应该 advice: the appeal of the thing, or trying before choosing', () => {
  // What makes 你应该 a recommendation is in the same sentence: why it is worth it, or the
  // customer's own choice after a try.
  modelClean('recommendation', [
    '您应该晚上来一次夜场，灯光特别漂亮。',
    '你应该早点去山顶，那时候不用排队。',
    '您应该先让孩子试听一次，看看喜不喜欢再决定报不报班。',
    '你應該來溫泉區走走，冬天最舒服。',
  ]);
  flagsAs('order', ['您应该先把表填完再来。', '你应该早点来排队。']);
});

describe('a burden negated by degree is good news, not a refusal', () => {
  modelClean('good news', [
    '这款中药没那么苦，小朋友也喝得下。',
    '这款凉茶没那么苦，老人家也喝得惯。',
  ]);
});

describe('someone brought to the customer right away is a way forward', () => {
  modelClean('brought', [
    '我已经请店长过来了，他马上到，跟您当面商量退款的事。',
    '我已经请经理过来了，他马上过来，跟您当面谈退费的事。',
  ]);
});

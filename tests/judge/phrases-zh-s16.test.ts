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

describe('a complaint sent on to a superior for the customer to lodge', () => {
  // 投诉的话 names the topic; it offers no way, so the send-off stands.
  flagsAs('send-to-manager', [
    '投诉的话您去二楼找站长。',
    '投诉请自己写信给我们部长。',
    '投诉司机的话您直接打给我们队长。',
  ]);
  staysClean(['投诉的话我帮您转给站长，今天下午给您回电话。', '您的投诉我已经转交给主任了。']);
});

describe('an outcome vouched for twice, with nothing behind it', () => {
  flagsAs('false-reaction', [
    '放心，体检报告后天肯定出来，我保证。',
    '放心吧，补的货跟样品绝对一样。',
  ]);
  staysClean(['请放心，您的病历绝对不会外泄。', '放心，我一定帮您跟进，下午三点前回电话。']);
});

describe('it would not have happened had the customer followed what they were given', () => {
  flagsAs('blame', [
    '您要是按我们发的说明书装，就不会漏水了。',
    '你如果有照医生讲的做，伤口就不会发炎。',
    '鱼食您没按我们说的分量喂，水当然浑。',
  ]);
  staysClean([
    '您如果按这个步骤装，以后就不会漏水了。',
    '如果按说明书装还是漏水，我们明天上门看看。',
  ]);
});

describe('a dead end closed by "that is the result" or 冇计', () => {
  flagsAs('refusal', ['复核没通过，结果就这样。', '星期六啲司儀全部滿晒，冇計。']);
  staysClean(['复核没通过，不过您可以在十五天内申请复议，我把表格发给您。']);
});

describe('the customer asked why their step came so late', () => {
  flagsAs('confrontation', ['怎么你们都拖到月底才来报名?', '你们为什么都等到最后一天才交表?']);
  staysClean(['您怎么才收到？我帮您查一下物流。']);
});

describe('the matter called no problem at all', () => {
  flagsAs('dismissal', ['接驳车晚到十分钟，也算不上什么问题吧。']);
});

describe('the customer named as the owner of a thing is not charged', () => {
  // 您那把伞 says whose umbrella it is; nothing is put to the customer.
  modelClean('owner', ['您那把伞已经换好伞骨了。', '您那件大衣已经干洗好了。']);
});

describe('held-out near misses of session 16', () => {
  // The appeal of the experience in the sentence makes 您应该 advice; a habit word (一般) says what
  // will come of following the advice; a discomfort negated or foretold away is good news.
  modelClean('near miss', [
    '您应该带孩子去一次科技馆，互动展区特别好玩。',
    '如果按医生教的方法每天热敷，一般三天就不会肿了。',
    '这张床垫没那么硬，睡久了腰也不会疼。',
    '这种耳机没那么重，戴久了也不会累。',
  ]);
  // vouched for with 绝对, it is still a guarantee
  flagsAs('false-reaction', ['放心，打完绝对不会疼。']);
});

import { describe } from 'vitest';
import { flagsAs, modelClean, staysClean } from './phrases-helpers.js';

// Chinese acts of session 12 (issue 11), each in sentences written for this test, Simplified and
// Traditional (Taiwan, Hong Kong). Beside each class, its near miss stays clean.
describe('a bare order to go somewhere and settle a step, no subject, no please', () => {
  flagsAs('order', [
    '先到三楼收费处缴清停车费。',
    '明天去一楼服务台领号牌。',
    '先去收銀台付清尾數。',
  ]);
  staysClean([
    '麻烦您先去前台登记，我马上帮您安排房间。',
    '您可以先去二楼窗口交材料，就在电梯旁边。',
    '去年交的押金已经退到您卡上了。',
    '我先去前台帮您交押金。',
  ]);
});

describe('a deadline, then a whole 把/将 clause closing on 了/咗 or a directional', () => {
  flagsAs('order', ['周五前把欠费交了。', '今晚之前將舊卡寄返嚟。', '聽日之前將啲相片傳返嚟。']);
  staysClean(['我们今天已经把房退了。', '今天之前将款项退回给您。', '明天我们会将包裹送到您家。']);
});

describe('the customer told to phone a manager or head office themselves', () => {
  flagsAs('send-to-manager', ['打你们总部热线问吧。', '打去物業投訴啦。']);
  staysClean([
    '我打经理电话帮您问问。',
    '您可以打我们总部电话问问，号码是4008001234。',
    '打包好之后我帮您送到前台。',
  ]);
});

describe('what the customer wants, then the manager to find alone: the wish excuses nothing', () => {
  flagsAs('send-to-manager', ['您想换房的话得找我们前台经理。', '你想退會費嘅話就搵我哋店長啦。']);
  staysClean([
    '要是有问题的话就找前台，我们二十四小时都在。',
    '如果您想投诉，我这就请经理过来。',
    '如果您需要发票的话，记得找前台开。',
  ]);
});

describe('the choice thrown back: 爱选哪个选哪个, 想怎么弄就怎么弄, 反正是您的', () => {
  flagsAs('dismissal', [
    '房型您爱订哪间订哪间。',
    '退不退您想怎么办就怎么办。',
    '反正房子是你住，装哪种你自己挑。',
    '反正錢係你出，你話事。',
  ]);
  staysClean([
    '您想怎么安排就怎么安排，我们全力配合。',
    '您想吃什么就点什么，今天我请客。',
    '反正是您的积分，随时可以兑换。',
    '反正不是您的错，我们来处理。',
  ]);
});

describe('rules obeyed, not owned: 我们只是照着做', () => {
  flagsAs('policy-shield', [
    '这是集团的要求，我们只能照着做。',
    '規矩係總公司定嘅，我哋照做而已。',
  ]);
  staysClean(['我们会按规定尽快为您办理退款。', '我们只是按规定核对一下身份，马上帮您办好。']);
});

describe('the agent’s remit named with no handover', () => {
  flagsAs('passing-the-buck', ['我们只管卖票。', '我淨係負責收銀。']);
  staysClean(['我只负责前台，客房的问题我帮您叫客房部同事过来。', '您只管放心，剩下的交给我们。']);
});

describe('a promise hung on the agent’s free time', () => {
  flagsAs('dismissal', ['有空我再跟仓库提一下。', '得閒我同師傅講聲。']);
  staysClean(['有空我今天下午就帮您问仓库，四点前回复您。', '您有空的时候可以过来试穿。']);
});

describe('"did you really…?" then a bare demand for the proof', () => {
  flagsAs('doubt', ['你真的在这里订过位吗？订单截图呢？', '你真係喺度洗過車？收據呢？']);
  staysClean(['您真的不需要袋子吗？那发票呢？', '您真的要取消吗？取消后押金我们全额退还。']);
});

describe('the customer’s own doing, then "and you come asking us?"', () => {
  flagsAs('blame', ['你自己把密码忘了，还来找我们？', '自己搞唔見張卡，仲嚟搵我哋？']);
  staysClean(['还要我们帮您做什么吗？', '您还来找我们换过一次，这次我们直接给您退款。']);
});

describe('others find it fine, held against the customer', () => {
  flagsAs('dismissal', ['别的住客睡这个枕头都觉得舒服。', '其他車主用呢款機油都好滿意。']);
  staysClean([
    '其他客人都很喜欢这道菜，您要不要试试？',
    '其他学员都觉得这位老师讲得清楚，推荐您报她的班。',
  ]);
});

describe('an outcome vouched for by a guarantee word alone', () => {
  flagsAs('false-reaction', ['喝了这个茶包管见效。', '跟我们教练练一个月，保准学会。']);
  staysClean(['行李我们帮您保管，明天早上送到房间。']);
});

describe('"not even … can you", then "why come here?", with no subject', () => {
  flagsAs('confrontation', ['连个菜单都不会看，来餐厅干嘛？']);
  staysClean(['连个收据都没给您开，真不好意思，我马上补。']);
});

describe('the customer’s things never handed to another party: a protection', () => {
  modelClean('never handed to another party', [
    '我们不会把您的车牌号给其他商家。',
    '我們從來不會把你的護照影本給其他旅行社。',
  ]);
});

describe('a refusal after which the agent has already called in someone who can help', () => {
  modelClean('the agent already contacted the maker', [
    '这台相机我们修不了，不过我已经约了原厂的师傅。',
  ]);
});

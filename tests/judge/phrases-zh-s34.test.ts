import { describe } from 'vitest';
import { flagsAs, modelClean, staysClean } from './phrases-helpers.js';

// Chinese acts of session 34 (issue 11), each in sentences written for this test (简体, 粵, 台).
describe('order: 给我 as the intensifier before 把 or a handling verb with its result, nothing of ours after', () => {
  flagsAs('order', [
    '给我把收据正反两面拍清楚，发到客服邮箱。',
    '給我把電錶讀數抄下來，傳到我們的帳號。',
    '检测报告给我填完整了再寄过来。',
  ]);
  staysClean([
    '麻烦您把收据拍一张发给我，我这边好帮您登记。',
    '给我两分钟，我帮您把单号查出来。',
    '师傅昨天已经给我把门锁换好了。',
    '给我把发票拍过来，我马上帮您登记。',
  ]);
});

describe('false reassurance: a thing said to come right by itself — not when told as the past or with our fallback', () => {
  flagsAs('false-reaction', [
    '这种卡顿不用理，过几天自己就好了。',
    '系統過兩天自己會恢復，你先別急。',
    '过几天自己就好了，要是还不行，我也没办法。',
  ]);
  staysClean([
    '不是路由器坏了，昨晚十一点线路检修，十一点半它自己就恢复了。',
    '后来那台打印机自己就恢复了，没有丢任何文件。',
    '一般过两天会自己恢复，要是周四还不行，我让工程师上门。',
  ]);
});

describe('refusal: bad news, then the agent looking again (我听朝再…问), not a dead end', () => {
  staysClean([
    '仲係搵唔到把遮，我聽朝再去失物處問過。',
    '暂时还查不到这张单，我下午再打给仓库问。',
  ]);
  flagsAs('refusal', ['找不到，我再找也找不到。']);
});

describe('precedent: the past or its always, with a pro-form, as the clause after the practice', () => {
  flagsAs('dismissal', [
    '纸箱本来就是不封口寄出的，以前都这样。',
    '面料本來就會縮一點水，以前都這樣。',
  ]);
  staysClean([
    '以前都是月底才结算，这个月开始我们改成每周结了。',
    '我们调整了流程，以前都这样，现在不用再排队了。',
  ]);
});

describe('impatience: a repetition marker standing as its own clause before a restated fact', () => {
  flagsAs('impatience', ['再说一遍：周三闭馆。周三。', '再講一次，冇收據唔換得。']);
  staysClean([
    '好的，再说一遍：周三闭馆。',
    '再说一遍，预约号是A207，您核对一下。',
    '您能再说一遍吗？刚才没听清。',
  ]);
});

describe('reply model: blame denied of the customer, an offered repeat with its check, a copula statement', () => {
  modelClean('blame denied with the customer side as object', [
    '這次真的不是你們的錯，是我們系統出了狀況。',
    '呢次真係唔怪得你哋，係我哋記錯咗時間。',
  ]);
  modelClean('a repeat offered for the customer to check', [
    '我再跟您核对一遍送货地址，您听听有没有错。',
    '我再同你讀一次地址，你聽下啱唔啱。',
  ]);
  modelClean('copulas stating a booking', ['你下一堂係星期四夜晚七點半,教練係何sir。']);
});

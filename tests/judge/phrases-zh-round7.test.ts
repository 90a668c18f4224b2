import { describe, expect, test } from 'vitest';
import { detect } from './phrases-helpers.js';

const acts = (text: string) => detect(text).map((h) => h.act);

/** Each reply is flagged with the act given beside it. */
function flagsEach(rows: [string, string][]): void {
  test.each(rows)('%s → %s', (text, act) => {
    expect(acts(text)).toContain(act);
  });
}

/** Each reply is flagged with `act`. */
function flagsAs(act: string, texts: string[]): void {
  flagsEach(texts.map((text): [string, string] => [text, act]));
}

/** The near misses: no list hit at all. */
function staysClean(texts: string[]): void {
  test.each(texts)('%s stays clean', (text) => {
    expect(detect(text)).toEqual([]);
  });
}

// Chinese acts with no negation and no 你 in them (issue 11, seventh round), each in sentences
// written for this test, Simplified and Traditional (Taiwan, Hong Kong): the class flags in new
// words, its near miss — a way forward, a question, a request, information — stays clean.
describe('bad news about the customer’s own case, as a bare fact', () => {
  flagsAs('refusal', [
    '您预订的那间海景房已经被取消了。',
    '很可惜，您看中的那款沙发已经停产了。',
    '您的会员积分上个月已经清零了。',
    '您上次存的那笔定期已经到期了。',
    '您預約的洗牙門診已經停診了。',
    '很抱歉，您訂的那張書桌已經缺貨了。',
    '您嘅戶口已經被凍結咗。',
    '這個時段已經約不到了。',
    '今天已經排不進去了。',
    '呢個時段冇位喇。',
  ]);

  staysClean([
    '您的订单已经发货了，单号是SF1234567890。',
    '已经帮您把预订取消了，款项三个工作日内原路退回。',
    '这款沙发已经停产了，不过新款尺寸一样，价格还便宜两百，要不要看看？',
    '旧卡已经注销了，新卡下周寄到您家。',
    '停电已经结束了，供电全部恢复。',
    '重新发送验证码了，请查收。',
    '您預約的時段已經滿了，不過下午三點還有空位，幫您改到那時候好嗎？',
    '您的退款已經到帳了。',
    '係，你嘅訂單已經寄出咗，聽日會到。',
    '您的卡是不是已经过期了？',
  ]);
});

describe('doubting what the customer reports', () => {
  flagsAs('doubt', [
    '系统显示您昨天已经签收了，不可能没收到吧。',
    '司机说在楼下等了十分钟，应该不会没看到车吧。',
    '監視器拍得很清楚，不會沒有人送過去吧？',
    '您真的有打過電話嗎？',
    '我们这边可没看到您的邮件。',
    '這種事在我們門市絕對不可能發生。',
  ]);

  staysClean([
    '我们这边暂时没查到您的来电记录，麻烦您报一下来电号码好吗？我再查一次。',
    '不会没有位子的，我现在就帮您订好。',
    '真的吗？太好了，恭喜您中奖！',
    '怎麼會沒收到呢？我馬上幫您查物流。',
  ]);
});

describe('the trouble made small, the outcome promised', () => {
  flagsEach([
    ['才晚了半小时而已，您别这么较真。', 'dismissal'],
    ['就少了一个螺丝而已，不影响用。', 'dismissal'],
    ['冷氣壞一天而已，開個電風扇也還好啦。', 'dismissal'],
    ['不就是花瓶碎了一个角嘛。', 'dismissal'],
    ['小問題啦，大家都一樣，習慣就好。', 'dismissal'],
    ['放心，这次航班肯定不会再延误了。', 'false-reaction'],
    ['我跟您保證，下個月一定會降價。', 'false-reaction'],
    ['安啦，保證明天就會好。', 'false-reaction'],
  ]);

  staysClean([
    '整个流程只要五分钟而已，我一步一步带您做。',
    '差价只有五块而已，我直接帮您补上。',
    '我会尽力帮您争取全额理赔，三天内给您回复。',
    '放心，我已经跟医生确认过，手术很顺利。',
    '我保證今天下班前給您回電話。',
  ]);
});

describe('the choice left to the customer alone, precedent', () => {
  flagsAs('dismissal', [
    '要不要加保，您自己掂量。',
    '办不办这个套餐，那是您自己的事。',
    '用哪種付款方式是您的事，我沒意見。',
    '選哪家醫院我不好說。',
    '停车费一直是按小时算的，向来如此。',
    '我们洗衣店一向都这么收费。',
    '這家店開了二十年，都是這麼收服務費的。',
    '從來沒有哪位房客為這個抱怨過。',
  ]);

  staysClean([
    '您可以自己选时间，我这边都能安排。',
    '两个方案我都列出来了，您看哪个更合适？',
    '以前这么算是因为有优惠，现在我帮您按新标准重新算一下。',
    '我們一向都是當天出貨，今天下單明天就到。',
    '這不是您的事，是我們的疏失。',
  ]);
});

describe('the agent too busy for the customer', () => {
  flagsAs('dismissal', [
    '等一下再说，我手上还有好几个单。',
    '我正在接待别的客人，您先在旁边等着。',
    '晚點再說好嗎，我這邊正忙。',
    '我手邊還有三通電話在等，妳晚點再打。',
    '现在没功夫跟您细说，改天吧。',
  ]);

  staysClean([
    '我这边现在人比较多，大概要等十分钟，我先帮您取个号好吗？',
    '今天人太多了，让您久等了，真不好意思。',
    '您明天再来取就可以了。',
    '我這邊正在幫您查，請稍等一下。',
  ]);
});

describe('bare orders to redo or hand over', () => {
  flagsAs('order', [
    '重新写一份，写清楚一点。',
    '重新排隊，字寫清楚一點。',
    '身份证给我。',
    '照片重新拍，光线太暗了。',
    '把行驶证拿上来。',
    '把手機關掉，這邊不能講電話。',
    '先去繳費，繳完再過來。',
    '下次記得先預約再來。',
  ]);

  staysClean([
    '请把行驶证拿给我看一下，谢谢。',
    '重新下单就可以了，优惠券会自动用上。',
    '麻烦您写清楚一点，好吗？',
    '把订单号发给我，我帮您查。',
    '您可以先去缴费，缴完我这边马上给您办。',
  ]);
});

describe('questions that attack, blame by hindsight and by "of course"', () => {
  flagsEach([
    ['那您想要我怎么办？', 'confrontation'],
    ['那您想我们怎么样？退钱？', 'confrontation'],
    ['現在才講，早幹嘛去了？', 'confrontation'],
    ['早干嘛去了，现在才来说？', 'confrontation'],
    ['那您幹嘛不早點說？', 'blame'],
    ['你哋點解唔早啲講？', 'blame'],
    ['您交的照片不对，审核当然通不过。', 'blame'],
    ['您填的資料不對，申請當然過不了。', 'blame'],
    ['您可能是记混了，我们没发过这种短信。', 'blame'],
  ]);

  staysClean([
    '您希望我们怎么处理比较好？',
    '您现在才收到通知，实在抱歉，我马上帮您补办。',
    '當然可以，我幫您辦。',
    '当然不能让您白跑一趟，我先帮您预约好。',
    '您提供的资料还缺一张户口本复印件，我先帮您登记，您有空补上就行。',
  ]);
});

describe('rules read out as the answer, someone else’s business, the agent joining the moan', () => {
  flagsEach([
    ['规定写得清清楚楚，我只是照章办事。', 'policy-shield'],
    ['我照規定辦事而已。', 'policy-shield'],
    ['這是總部定的，我們只能照著執行。', 'policy-shield'],
    ['燃气表的事别找我们物业。', 'passing-the-buck'],
    ['按制度来的，您跟我说也没用。', 'passing-the-buck'],
    ['對啊，那家物流超爛的，我們也常被客人罵。', 'unprofessional'],
    ['可不是嘛，这家快递老是这样。', 'unprofessional'],
    ['这个我也说不上来。', 'refusal'],
    ['這我也不曉得。', 'refusal'],
  ]);

  staysClean([
    '合同上写明了，提前七天退订免费。',
    '按规定您可以免费改签一次，我现在就帮您改。',
    '您说得对，这个系统确实不好用，我们已经在改了，这次我先手动帮您处理。',
    '可不是嘛，今天天气真好，适合出去走走。',
    '具体时间我说不准，我问一下仓库，十分钟后回您。',
  ]);
});

describe('a bare 不能 + act, damage guessed, trouble-making, queue orders', () => {
  flagsEach([
    ['很抱歉，您的宠物不能带进病房。', 'refusal'],
    ['對不起，網路上訂的票現場是沒辦法退的。', 'refusal'],
    ['那个快递员已经离职了，包裹也找不回来了。', 'refusal'],
    ['照片看起来像是后来弄坏的吧。', 'doubt'],
    ['妳是不是故意來找麻煩的？', 'confrontation'],
    ['站后面去，排好队。', 'order'],
    ['密码再输一遍。', 'order'],
    ['表格第二页也要填，拿回去填完。', 'order'],
    ['等我把这批客人送走再说。', 'dismissal'],
    ['幾十年來我們都這樣處理的，沒出過問題。', 'dismissal'],
    ['退款進度不是我們處理的。', 'passing-the-buck'],
    ['明明是您晚了半小時才到，怎麼能怪我們？', 'blame'],
  ]);

  staysClean([
    '病房不能带宠物，医院一楼有寄养处，我带您过去。',
    '我马上替您联系酒店，问问能不能改期。',
    '網路訂的票現場沒辦法退，不過可以在App上申請，我教您怎麼操作。',
    '看起来像是系统出错了，我马上帮您处理。',
    '我们不是故意为难您，这个我帮您再申请一次。',
    '请您到后面排队，谢谢。',
    '不用，周一到周五都免费停车。',
    '只需要排队十分钟而已，我帮您取号。',
  ]);
});

describe('a sixth probe: 不支持 / 冇得, 当然会坏, 有什么好投诉的, 你先去把…, 又是这个问题', () => {
  flagsEach([
    ['抱歉，这种卡不支持挂失。', 'refusal'],
    ['唔好意思，呢張飛冇得改期。', 'refusal'],
    ['您報名的那團已經因為人數不足取消了。', 'refusal'],
    ['您沒有先關電源就拆，當然會壞。', 'blame'],
    ['您说的这个事我们一点记录都没有，不会是记错了吧？', 'doubt'],
    ['这有什么好投诉的。', 'dismissal'],
    ['人家都不在意，就您在意。', 'dismissal'],
    ['你先去把号排上。', 'order'],
    ['電話號碼留下來。', 'order'],
    ['唉，又是这个问题。', 'impatience'],
    ['這個要問原廠，我們只是代理。', 'passing-the-buck'],
    ['我們公司的App本來就很難用。', 'unprofessional'],
  ]);

  staysClean([
    '这种卡不支持挂失，我帮您直接冻结然后补一张新卡，三天到。',
    '那團人數不足，我們幫您改到下週出發的團，費用一樣。',
    '您还记得大概是几号来的吗？我帮您查。',
    '请您先把资料填好，我帮您核对。',
    '麻煩留一下您的電話號碼，好嗎？',
    '又是这个问题给您添麻烦了，真是抱歉，我马上帮您处理。',
    '这个要问厂家才知道，我帮您问一下，今天给您回电。',
  ]);
});

describe('a seventh probe: bare potential complements, 就不退了, 就是这么回事, 随便', () => {
  flagsEach([
    ['这笔违约金免不掉。', 'refusal'],
    ['非常抱歉，学费交了就不退了。', 'refusal'],
    ['這個時間師傅排不出來。', 'refusal'],
    ['不好意思，寵物不能上車喔。', 'refusal'],
    ['您的快递在转运途中损坏了，就是这么回事。', 'refusal'],
    ['那本書已經絕版了。', 'refusal'],
    ['这是您没及时续费造成的。', 'blame'],
    ['我們店裡根本沒有這個人。', 'doubt'],
    ['這次一定幫您修好，絕對不會再漏水。', 'false-reaction'],
    ['您想退就退，随便。', 'dismissal'],
    ['现在是午休时间，下午再来。', 'dismissal'],
    ['拿号，排队。', 'order'],
    ['同樣的問題您今天是第三次打來了。', 'impatience'],
    ['您自己不会看吗？', 'confrontation'],
  ]);

  staysClean([
    '违约金这次免不掉，但我可以帮您申请分三期付，您看可以吗？',
    '好的，那就不改了，还是按原来的时间。',
    '师傅今天排不出来，明天上午九点可以吗？',
    '宠物需要放在外出笼里才能上车，我们这边有笼子可以借您。',
    '那本书绝版了，不过图书馆有一本，我帮您预约借阅。',
    '我们一定不会再让您久等了。',
    '请先取号，叫到您的号码就可以过来。',
    '随便坐，我马上给您倒水。',
  ]);
});

describe('an eighth probe: 不能再, 唔接受, 没找到, 是您…的问题, 先把押金交了', () => {
  flagsEach([
    ['对不起，过了七天就不能再申请了。', 'refusal'],
    ['唔好意思，我哋唔接受現金。', 'refusal'],
    ['您的旅行團因為出團人數不夠已經解散了。', 'refusal'],
    ['您掉的那個錢包，我們沒找到。', 'refusal'],
    ['您把密码告诉别人，钱被转走也是没办法的事。', 'blame'],
    ['應該是您使用方式的問題吧。', 'blame'],
    ['您當初選的就是最便宜的方案，當然不包這些。', 'blame'],
    ['先把押金交了。', 'order'],
    ['把贴纸撕掉，贴这里。', 'order'],
    ['那你想怎樣嘛？', 'confrontation'],
  ]);

  staysClean([
    '您的密码我们不会保存，请放心。',
    '我们这边暂时没查到您的来电记录，麻烦您报一下来电号码好吗？我再查一次。',
    '唔好意思，我哋唔收現金，可以用八達通或者信用卡。',
    '這不是您的問題，是我們系統出錯了。',
    '请您先交押金，然后我帮您办入住。',
    '直接去那家烤鸭店吧，肯定错不了。',
  ]);
});

describe('a ninth probe: 概不退换, our own service not offered, 乱填, 急事, 回答过三次', () => {
  flagsEach([
    ['实在抱歉，预售票一经售出概不退换。', 'refusal'],
    ['抱歉喔，這邊沒有提供代收的服務。', 'refusal'],
    ['您上周预约的体检套餐已经下线了。', 'refusal'],
    ['您是不是根本没有收到验证码就乱填的？', 'blame'],
    ['我们的记录很准确，您说的情况不太可能发生。', 'doubt'],
    ['我现在手上有急事，您等会儿再问吧。', 'dismissal'],
    ['這邊現在很多人，沒空一個一個解釋。', 'dismissal'],
    ['这个问题我已经回答过您三次了。', 'impatience'],
  ]);

  staysClean([
    '预售票不能退，但可以免费转让一次，我告诉您怎么操作。',
    '他家没有这项服务。',
    '酒店有24小时热水，但是不提供洗衣服务。',
    '请您别乱填，不确定的地方空着，我来帮您补。',
    '您要是没空的话，我们可以上门办理。',
    '您的体检报告已经可以在App上查看了。',
  ]);
});

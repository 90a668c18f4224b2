import { describe, expect, test } from 'vitest';
import { actsWithModel, flagsAs, modelClean, staysClean } from './phrases-helpers.js';

// Chinese acts of session 11 (issue 11), each in sentences written for this test, Simplified and
// Traditional (Taiwan, Hong Kong). Beside each class, its near miss stays clean.
describe('the agent’s hands full, the customer pushed to later', () => {
  flagsAs('dismissal', [
    '我手上一大堆报销单要审，你的先搁着。',
    '我哋手頭好多單，你嗰張遲啲先講。',
  ]);
  staysClean([
    '我手上有很多款式，可以给您挑挑。',
    '我手上很多资料，等会儿发给您看看。',
    '我手头好多单，你等一下，我五分钟后回复你。',
  ]);
});

describe('an acknowledgement that closes the reply, or is followed only by the next customer', () => {
  flagsAs('false-reaction', [
    '嗯，收到了。',
    '哦哦，晓得了，下一位。',
    '好，明白了，還有別的事嗎？',
  ]);
  staysClean([
    '收到，我这就帮您改地址。',
    '照片收到了，我们下午给您回复。',
    '好的，明白了，我马上去后厨确认。',
  ]);
});

describe('the customer left to deal with a manager or head office alone', () => {
  flagsAs('send-to-manager', [
    '退押金的事你得自己跟我们老板谈。',
    '保修问题您直接打厂家电话。',
    '嫌慢你就打去總部問。',
  ]);
  staysClean(['我直接打厂家电话帮您问一下。', '我们会直接跟厂家联系，明天给您答复。']);
});

describe('telling a colleague or a manager is no "I already told you"', () => {
  staysClean([
    '这个我已经直接跟店长说了，她马上过来。',
    '我已經同佢講咗你嘅地址，佢聽日會打俾你。',
  ]);
});

describe('a bare 把 order closing on 了, then the next step', () => {
  flagsAs('order', ['把外套脱了，先去那边量身高。', '把口罩摘了，站到线后面。']);
  staysClean([
    '抱歉把您的纱裙尺码登记错了，明天上午重新量。',
    '前天下大雨，把车库淹了，您一定很着急。',
    '把钱退给您了，请查收。',
  ]);
});

describe('a bare order closing on an upward or Cantonese directional complement', () => {
  flagsAs('order', ['發票正本交上嚟。', '旧卡剪一个角寄上来。']);
  staysClean(['不用把收据带过来，系统里有记录。', '您有空的时候把旧卡带过来就行。']);
});

describe('"no need to bring it" is a release, not an order, for the reply model too', () => {
  modelClean('a release', ['旧的电池不用拿过来了。']);
});

describe('others manage what the customer did not', () => {
  flagsAs('dismissal', [
    '图书馆还书期限是两周，别的读者都能做到。',
    '其他住客用这个新房卡开门都没问题。',
  ]);
  staysClean(['其他客户都能享受这个优惠，您也可以。', '别人都能做到的事，我们也一定帮您做到。']);
});

describe('scorn: so simple, and the customer could not manage it', () => {
  flagsAs('confrontation', ['这么简单的表格您都填不好？', '咁簡單嘅操作你都搞不定？']);
  staysClean(['这么简单的步骤，您一看就会，不用担心。']);
});

describe('the product cannot have failed on its own: the customer’s report denied', () => {
  flagsAs('doubt', [
    '雨伞骨架不会自己断的，您是不是用力甩过？',
    '這個水壺唔會無緣無故漏水，你係咪摔過？',
  ]);
  staysClean(['放心，换了新电池以后不会自己关机了。']);
});

describe('the reply model: 有什么用 asked back attacks; the rest of the gate', () => {
  test.each(['您自己不按时复健，做理疗有什么用？', '你自己唔練習，上堂有咩用？'])(
    '%s is flagged',
    (text) => {
      expect(actsWithModel(text)).not.toEqual([]);
    },
  );
  modelClean('唔係 answering with the fact', ['唔係啊，我哋夜晚都有送外賣。']);
  modelClean('never handed to a third party', [
    '你嘅相片我哋唔會俾第三方睇。',
    '您的病历我们不会给第三方。',
  ]);
  modelClean('the agent acting at once (我这就)', ['这个价格我做不了主，我这就请主管过来跟您谈。']);
});

describe('"wait" said twice leaves the customer standing', () => {
  flagsAs('dismissal', ['等一下等一下，我这边在开会。', '等陣等陣，我而家食緊飯。']);
  staysClean(['等一下，等一下，我马上帮您查，一分钟。']);
});

describe('a lifetime guarantee nobody can give', () => {
  flagsAs('false-reaction', [
    '放心，这个水龙头我保证一辈子都不会漏。',
    '放心啦，呢對鞋我保證一世都唔會甩底。',
  ]);
  staysClean(['我们保证终身保修，您放心。']);
});

describe('sold to someone else, with no next step', () => {
  flagsAs('refusal', ['您看中的那套公寓已经售出了。']);
  staysClean(['您看中的那套公寓已经售出了，不过同楼层还有一套朝南的，我带您去看看？']);
});

describe('Cantonese "not mine to do" (唔係我負責 / 我淨係負責…)', () => {
  flagsAs('passing-the-buck', [
    '呢啲唔係我負責，你問返其他同事。',
    '我淨係負責睇舖，退貨唔係我做。',
  ]);
});

describe('others can, so why not the customer', () => {
  flagsAs('dismissal', ['別人都可以，為什麼你不行？', '其他住客都可以自己開，點解你唔得？']);
  staysClean(['别的客人都可以用这张券，我帮您也换一张。']);
});

describe('a bare 把 order closing on 了 with 再 after it', () => {
  flagsAs('order', ['把鞋子脫了再進來。']);
  staysClean(['我把钱退了再通知您。']);
});

describe('Cantonese 將 as 把 in a bare order; formal 将 as "will" stays clean', () => {
  flagsAs('order', ['將張表格簽好先再嚟。']);
  staysClean(['将于周五寄出新卡，请注意查收。', '新卡将在三日内寄出。']);
});

describe('Cantonese others-are-fine (其他客人都冇問題 / 別嘅學生都冇事)', () => {
  flagsAs('dismissal', ['其他租客都冇問題喎。', '別嘅學生都冇事，你係咪太敏感？']);
});

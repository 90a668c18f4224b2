import { describe, expect, test } from 'vitest';
import { detectPhrases } from '../../src/judge/phrases/index.js';
import { reproachQuestionJa } from '../../src/judge/phrases/ja-reproach-question.js';
import { foldForPhrases } from '../../src/judge/phrases/phrase-patterns.js';
import { brushOffZh } from '../../src/judge/phrases/zh-brush-off.js';
import { rebukeQuestionZh } from '../../src/judge/phrases/zh-rebuke-question.js';
import { challengeAtZh } from '../../src/judge/phrases/zh-rhetorical.js';
import { passedOnZh, writeUpAloneZh } from '../../src/judge/phrases/zh-third-party.js';
import { resources } from './phrases-helpers.js';

// Hostile and rhetorical questions read by structure (session 30): a question whose wh-word or frame
// presupposes its answer — by what right, who could even see it, is it worth it, did nobody on your
// side read it, what did you expect after your own act, how good for that price, 究竟 pressing the
// customer, the check before the act not done, and in Japanese the looking not done, そもそも on the
// customer's act, why our side should have to. The same words in real questions stay clean.

const flagged = (text: string) =>
  detectPhrases(text, resources.phraseLists, resources.replyModel).length > 0;
const zh = resources.phraseLists.find((l) => l.lang === 'zh-Hans');
const ja = resources.phraseLists.find((l) => l.lang === 'ja');
if (!zh || !ja) throw new Error('no Chinese or Japanese list');
const folded = (text: string) => foldForPhrases(text).text;
const rebuke = (text: string) => rebukeQuestionZh(folded(text), zh, new Set());
const challenge = (text: string) => challengeAtZh(folded(text), zh, new Set());
const brushOff = (text: string) => brushOffZh(folded(text), zh, new Set());
const reproach = (text: string) => reproachQuestionJa(folded(text), ja, new Set());
const passedOn = (text: string) => passedOnZh(folded(text), zh, new Set());
const writeUp = (text: string) => writeUpAloneZh(folded(text), zh, new Set());

describe('by what right our side should act', () => {
  test.each(['车是您自己刮的，凭什么让我们出修理费？', '你張單自己填錯，憑乜要我哋補返差價？'])(
    '%s',
    (text) => {
      expect(challenge(text)).toBeDefined();
      expect(flagged(text)).toBe(true);
    },
  );
  test('凭 "with" in a statement asks nothing', () => {
    expect(challenge('凭会员卡可以免费停车两小时。')).toBeUndefined();
  });
});

describe('the trouble shrunk by a question', () => {
  test.each([
    '那么小的一个气泡，谁看得出来呀？',
    '后排观众谁看得见啊。',
    '门把手松了一点，至于打电话来投诉吗？',
    '这么点事，犯得着跑两趟？',
    '小朋友玩的时候哪会在意这种细节。',
  ])('%s', (text) => {
    expect(brushOff(text)).toBeDefined();
  });
  test.each([
    '至于保修期，我们给您延长半年。',
    '至于有没有库存，我马上帮您问仓库。',
    '谁看见了您的包？我们调监控帮您找。',
  ])('%s stays clean of it', (text) => {
    expect(brushOff(text)).toBeUndefined();
  });
});

describe('a question rebuking the customer', () => {
  test.each([
    '你究竟有冇照說明書接電線？',
    '你们公司就没有一个人读过合同吗？',
    '你哋部門就冇人睇過份通知咩？',
    '您把平底锅放进洗碗机洗了一个月，您觉得会怎样？',
    '你一個帳號給五個人用，這樣你覺得合理嗎？',
    '三十块的贴膜，您是想要多完美的效果？',
    '付款前就没先核对一下金额吗？',
    '包包你自己拿去洗衣机洗，现在怪我们喔？',
  ])('%s', (text) => {
    expect(rebuke(text)).toBeDefined();
  });
  test.each([
    '您觉得周日下午三点让师傅过去合适吗？',
    '下周二上午，您觉得合适吗？',
    '我们先退一半，您觉得这样合理吗？',
    '这套才三百块，您是想要多大的尺寸？',
    '付款前您核对过金额吗？没核对也没关系，我帮您再查一次。',
  ])('%s stays clean of it', (text) => {
    expect(rebuke(text)).toBeUndefined();
  });
});

describe('Japanese questions that reproach whatever their tense', () => {
  test.each([
    '箱の注意書き、ご覧になってないんですか？',
    'そもそも利用規約、お読みになりました？',
    'お客様が落とされたのに、なぜうちが無償で交換しないといけないんですか？',
  ])('%s', (text) => {
    expect(reproach(text)).toBeDefined();
  });
  test.each([
    '利用規約はお読みになりましたか？まだでしたらこちらでご説明いたします。',
    '注意書きはどちらでご覧になったんですか？',
  ])('%s stays clean of it', (text) => {
    expect(reproach(text)).toBeUndefined();
  });
});

// The matter put with another unit by a copula and the reply ending there (zh-third-party.ts), and a
// decision announced as already made with nothing after (the list's gone-zh class).
describe('the matter put with another unit, nothing after', () => {
  test.each([
    '退押金？那是前台的事。',
    '车位的问题是物业那边负责的。',
    '單據嘅嘢係會計部嘅事。',
    '這個歸別的組管。',
  ])('%s', (text) => {
    expect(passedOn(text)).toBeDefined();
    expect(flagged(text)).toBe(true);
  });
  test.each([
    '那是前台的事，我这就帮您转过去。',
    '车位归物业管，他们的电话是62345678。',
    '这是很正常的事，您不用担心。',
    '这是我们部门的事，明天上午给您答复。',
    '退押金是前台的事，一般当天就能退。',
  ])('%s stays clean of it', (text) => {
    expect(passedOn(text)).toBeUndefined();
  });
});

describe('a decision announced as already made, nothing after', () => {
  test.each(['您的退费申请，学校上个月已经否了。', '改期嘅要求，上面已經否決咗。'])(
    '%s',
    (text) => {
      expect(flagged(text)).toBe(true);
    },
  );
  test('with another option after it stays clean', () => {
    expect(flagged('改期申请上面已经否了，不过下个月那期还有名额，我先帮您占一个。')).toBe(false);
  });
});

describe('a Japanese shrug with nothing after', () => {
  test.each(['さあ、私にはさっぱりですね。', 'さあ、どうなんでしょうねえ。'])('%s', (text) => {
    expect(flagged(text)).toBe(true);
  });
  test.each([
    'このドレッシングは後味がさっぱりです。',
    'さあ、どうでしょう。サンプルをお送りしますので一度お試しください。',
  ])('%s stays clean', (text) => {
    expect(flagged(text)).toBe(false);
  });
});

// The displeased customer sent to write to someone on their own (zh-third-party.ts).
describe('the displeased customer sent to write to someone alone', () => {
  test.each([
    '不满意的话，您就自己写信给区域总监。',
    '唔滿意嘅話，你自己寫電郵去主席啦。',
    '有意见你自己给校董会写信。',
  ])('%s', (text) => {
    expect(writeUp(text)).toBeDefined();
  });
  test.each([
    '不满意的话，您可以自己写信给区域总监。',
    '不满意的话您自己写信给我们就行，我们三天内回复。',
    '不满意的话，我帮您写信给区域总监，周五前给您答复。',
  ])('%s stays clean of it', (text) => {
    expect(writeUp(text)).toBeUndefined();
  });
});

import { describe } from 'vitest';
import { modelClean, modelFlags } from './phrases-helpers.js';

// Session 27: four stances read by structure, in words and domains of their own — a vow on an
// outcome the agent does not control, the trouble counted small and its worth asked back, a
// question that rebukes the customer's own step, and (through the vow) a concession that no
// condition can shake.

describe('a vow beside a universal with a negated future (Chinese)', () => {
  modelFlags('false-reaction', [
    '我跟您打包票,这双登山靴走一千公里都不会开胶。',
    '我包保你部冷氣用十年都唔會漏水。',
  ]);
  modelClean("the agent's own act vowed", [
    '我保证明天中午之前把报价单发给您。',
    '我包保今晚八點前打返俾你。',
  ]);
});

describe('a wager idiom as a sentence of its own, or a vow through "even if" (English)', () => {
  modelFlags('false-reaction', [
    "I'd stake my reputation on it: the council will approve your loft conversion.",
    "The new hinges will outlast the door. I'd put my house on it.",
    'I promise the courier will get it to you by Friday even if the snow comes in.',
  ]);
  modelClean("the agent's own act through even if", [
    "I promise we'll ring you on Friday even if the part is still on order.",
  ]);
});

describe("a negative question at the customer's check before their own act", () => {
  modelFlags('confrontation', [
    "Didn't you check the width of the stairs before you ordered the wardrobe?",
    '订房前就不看看退改规则的吗?',
    'サイズ表、ご覧にならなかったんですか?',
    '注意書き、お読みにならなかったのですか?',
  ]);
  modelClean('a check of what happened, or the agent acting after it', [
    'Did you not get a reminder text before the engineer arrived?',
    "Didn't you check the width of the stairs before you ordered? I'll send a fitter to take it apart and reassemble it.",
    '出发前就不用查天气了,我们会短信通知您。',
    '昨日はお越しにならなかったんですか?',
    'メール、お受け取りにならなかったんですか?すぐに再送いたします。',
  ]);
});

describe("the customer's own act told, then what they expected of it or whether it is fair", () => {
  modelFlags('confrontation', [
    '你把羊毛衫放进烘干机,你觉得会怎样?',
    '你订了双人房住了四个人,你觉得这合理吗?',
  ]);
  modelClean('our act in the sentence, or a condition', [
    '你订了周五的车,我们改到周六,你觉得这样合适吗?',
    '如果换成不锈钢的,你觉得会怎样?',
  ]);
});

describe('the trouble counted small, then its worth asked back', () => {
  modelFlags('dismissal', ['就这点水渍,犯得着退货吗?', '才慢了五分钟,用得着投诉吗?']);
  modelClean("an offer, the customer's view asked, or the agent's step after", [
    '就差一点点,值得再等两天吗?我可以先给您换一台。',
    '唔好意思,呢件冇晒貨,不過藍色仲有三件,使唔使幫你留一件?',
    '这款才两百块,您看值得升级吗?',
  ]);
});

describe('the trouble shrunk by only / just, then the worry waved away (English)', () => {
  modelFlags('dismissal', [
    "It's just a hairline crack in the glaze, nothing to worry about.",
    "That's only a tiny scuff, no need to worry.",
  ]);
  modelClean("a small thing that is no trouble, or the agent's step after", [
    "You'll get a small text with a code, nothing to worry about.",
    "It's only a small blockage, nothing to worry about, we'll clear it this afternoon.",
  ]);
});

describe("the customer's own act told, then now again to us (Chinese)", () => {
  modelFlags('confrontation', ['你自己改过线路,现在又来找我们?']);
  modelClean('our own act told', ['我们上周寄过去了,现在又有问题?', '你填了表,我们现在就帮你办。']);
});

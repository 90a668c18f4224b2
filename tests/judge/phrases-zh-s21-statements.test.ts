import { describe, expect, test } from 'vitest';
import { detectPhrases } from '../../src/judge/phrases/index.js';
import { resources } from './phrases-helpers.js';

// Session 21, Chinese statements and what follows them: a service act refused by a potential
// complement, a modal of ability or permission, or a failed attempt, with nothing after, is a dead
// end (dead-end.ts); someone named who will contact the customer, or another option stated after a
// pivot, is a way forward (acts.ts, zh-pivot-option.ts); a load counted, then the customer's matter
// shelved, is busy (zh-put-off.ts).

const categories = (text: string) =>
  detectPhrases(text, resources.phraseLists, resources.replyModel).map((h) => h.category);

describe('a service act refused with nothing after', () => {
  test.each([
    '您那张储值卡转不了给家里人。',
    '不好意思，会员积分不能换到明年。',
    '健身房的储物柜晚上九点以后开不了的。',
    '抱歉，您的包裹没能寄到新地址。',
    '你報嗰個攝影課程，下個禮拜取消咗。',
  ])('%s is flagged', (text) => {
    expect(categories(text)).toContain('refusal');
  });

  test.each([
    '您那张储值卡转不了给家里人，不过可以办一张副卡，我现在帮您开。',
    '住一晚才三百，不知道您能不能接受。',
    '您不能在这里吸烟。',
    '你報嗰個攝影課程下個禮拜取消咗，學費我今日退返俾你。',
  ])('%s is not', (text) => {
    expect(categories(text)).not.toContain('refusal');
  });
});

describe('what follows a refusal or "I’m not sure"', () => {
  test.each([
    '这批瓷砖能不能防滑我说不准，下午店里的王师傅会打给您。',
    '我唔係好清楚，黃主任聽日會打俾你解釋。',
    '不行的，自助机不收硬币，不过旁边有换零钱的柜台。',
    '唔得用舊版本開，但係網頁版都用得。',
  ])('%s gives a way forward', (text) => {
    expect(categories(text)).toEqual([]);
  });

  test('a bare "I don’t know" still stands', () => {
    expect(categories('这个我不知道。')).toContain('refusal');
  });
});

describe('a counted load, then the customer’s matter shelved', () => {
  test.each([
    '今天要验六台车，您那个保养的事往后排吧。',
    '我今朝要跟四單貨，你部電腦遲啲先。',
    '這週要趕兩場婚禮，你的花先放著。',
  ])('%s is busy', (text) => {
    expect(categories(text)).toContain('dismissal');
  });

  test('a time the agent commits to is a promise', () => {
    expect(categories('今天要验六台车，您的车我明天上午九点给您验。')).toEqual([]);
  });
});

describe('a bare order in topic-comment form', () => {
  test.each([
    '报销单重写，金额写大写。',
    '發票影本再寄一次，要彩色的。',
    '体检报告、户口本，周三前补来。',
    '把走廊上的箱子都搬走，中午以前。',
  ])('%s is an order', (text) => {
    expect(categories(text)).toContain('command');
  });

  test.each([
    '报销单重写一下就行，我在这边等您。',
    '我们重做一份，明天寄给您。',
    '确认邮件已重发，请查收。',
    '如果写错了可以重写，不用担心。',
  ])('%s is not', (text) => {
    expect(categories(text)).not.toContain('command');
  });
});

import { describe, expect, test } from 'vitest';
import { detectPhrases } from '../../src/judge/phrases/index.js';
import { resources } from './phrases-helpers.js';

// Session 27: the customer's thing ruined (a closed class of damage verbs and states: 裂了 / 变形了 /
// 起泡咗, 崩れてしまいました / ひびが入ってしまいました, "arrived soaked"), or the request declined in the
// past (回绝了 / 推咗, 見送らせていただきました) — flagged when nothing after it opens a way forward
// (dead-end.ts, adverse-outcome.ts, refusal-shape.ts).

const flags = (text: string) =>
  detectPhrases(text, resources.phraseLists, resources.replyModel).length > 0;

describe('the customer’s thing ruined, returned or declined, with nothing after', () => {
  test.each([
    'The glass lampshade you ordered arrived chipped and scratched.',
    '您送去装裱的油画，画布边上开裂了。',
    '孙先生，您预订的冰雕在运输途中融化了。',
    '你寄嚟嘅皮褸，洗完之後褪色咗。',
    '您報名的烘焙課，我們已經婉拒了。',
    'ご注文いただいた陶器の花瓶は、輸送中に欠けてしまいました。',
    'お預かりしていた絵画の額縁に、ひびが入ってしまいました。',
    'お預かりしていた熱帯魚が、昨夜死んでしまいました。',
    '来月の茶道教室へのご参加は、お断りさせていただきました。',
  ])('%s is flagged', (text) => {
    expect(flags(text)).toBe(true);
  });

  test.each([
    'The glass lampshade you ordered arrived chipped, so I’ve sent a replacement out today by courier.',
    'Your frozen prawns arrived frozen solid, just as they should.',
    '您送去装裱的油画，画布边上开裂了，师傅明天免费帮您补好。',
    '您的方案我们已经优化了。',
    '您的病情医生已经诊断了。',
    'ご注文いただいた花瓶は輸送中に欠けてしまいましたので、新しいものを本日お送りいたします。',
    '茶道教室へのご参加は見送らせていただきましたが、再来月の教室でしたらご案内できます。',
  ])('%s is not', (text) => {
    expect(flags(text)).toBe(false);
  });
});

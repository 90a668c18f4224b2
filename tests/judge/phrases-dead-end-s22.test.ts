import { describe, expect, test } from 'vitest';
import { detectPhrases } from '../../src/judge/phrases/index.js';
import { resources } from './phrases-helpers.js';

// Session 22: bad news about the customer's own case told as an adverse outcome (failed, rejected,
// disqualified, gone missing, passed away; 没通过 / 驳回 / 拒绝; 不採用と決定 / 製造終了), and refusals read by
// their shape (a cleft "isn't something we can…", service work negated by habit, the means unable to
// take the customer's thing, every one gone, 不外租的, a fullness, permission not granted) — flagged when nothing after them opens a way forward (dead-end.ts,
// adverse-outcome.ts, refusal-shape.ts); the agent's own act after a refusal is that way (acts.ts).

const flags = (text: string) =>
  detectPhrases(text, resources.phraseLists, resources.replyModel).length > 0;

describe('the customer’s own case gone against them, with nothing after', () => {
  test.each([
    'Your boiler service came back as a fail on the flue.',
    'I’m afraid your narrowboat failed its safety examination.',
    'The pony you entered in the gymkhana was disqualified for tack.',
    'The tribunal has turned down your appeal. Kind regards, Lettings',
    'Sadly the parrot you boarded with us passed away last night.',
    'The seed sample you posted arrived damp, so it has been discarded. Thanks for calling.',
    'The drone you sent in for repair has gone missing in the depot.',
    'Your son wasn’t offered a place on the summer scheme.',
    'Your resident permit was refused. Is there anything else I can help you with?',
    '您的燃气年检没通过，烟道漏气。',
    '赵女士，您申请的外摆摊位，城管那边驳回了。',
    '您那台收音机的原厂电子管厂家停产了。',
    '你屋企熱水爐嘅安全檢查唔合格。',
    '何先生，你大廈年會個借場申請，已經俾人拒絕咗。',
    '山本様、今回の保険金請求は不支払いと決定いたしました。',
    'ご愛用の電気ケトルは交換部品が製造終了とのことです。',
  ])('%s is flagged', (text) => {
    expect(flags(text)).toBe(true);
  });

  test.each([
    'Your boiler service came back as a fail on the flue, but our engineer can fit a new one on Friday.',
    'If your appeal is turned down, I can lodge a second one for you the same week.',
    'Any entry that fails the vet check is returned with a note.',
    'Your exam came back and you passed with merit.',
    '您的燃气年检没通过，不过我们明天上午可以派师傅上门修。',
    '所有参赛作品都要先检测，检测不合格的不能参赛。',
    '您申请的押金上周五会退回。',
    '保険金請求は不支払いとなりましたが、再審査をご案内できます。いかがでしょうか。',
  ])('%s is not', (text) => {
    expect(flags(text)).toBe(false);
  });
});

describe('a refusal read by its shape, with nothing after', () => {
  test.each([
    'Re-stringing a harp isn’t something the workshop can take on.',
    'Sorry, overnight dry cleaning isn’t a service we offer.',
    'We don’t install hot tubs on balconies. That’s all, I’m afraid.',
    'I’m afraid we won’t be replacing the fence under the warranty.',
    '这款双人皮划艇周末不外租的。',
    '今個禮拜日啲facial book唔到喇。',
    '中秋嘅燈籠工作坊額滿，加唔到你入去。',
    '屋上へのアンテナ設置は、管理会社の許可が下りませんでした。',
    'Sorry, the kiln can’t take a vase that tall. That’s that.',
    'Thanks for waiting. All the pitches for the summer craft market have now gone.',
  ])('%s is flagged', (text) => {
    expect(flags(text)).toBe(true);
  });

  test.each([
    'We don’t install hot tubs on balconies, but we can fit one on the patio next week.',
    '大的那款周末订满了，小的还有，便宜两百。',
    'All the volunteers have gone home for the night.',
    "Your parking permit was refused by the council; I've already lodged a second application and will email you the reference tonight.",
  ])('%s is not', (text) => {
    expect(flags(text)).toBe(false);
  });
});

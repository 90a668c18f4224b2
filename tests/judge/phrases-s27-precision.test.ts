import { describe, expect, test } from 'vitest';
import { detect, modelClean, modelFlags } from './phrases-helpers.js';

// Session 27 (precision): readings that fired on clean replies, each fixed by a class of language
// and pinned here in words and domains of its own, beside the flagged twins that must stay.

describe('an A-not-A question (有没有 / 有冇 / 是不是) asks; its negator denies nothing', () => {
  modelClean('a slot or stock asked after', [
    '我帮您看看下周三还有没有位。',
    '我幫你查下仲有冇位。',
    '我问问仓库有没有货了。',
  ]);
  modelFlags('refusal', ['没位了。', '冇位。']);
});

describe('a quotation after a verb of saying and its hearer or topic, or after 句, is reported', () => {
  modelClean('a colleague’s or another firm’s words quoted, then corrected with action', [
    "Your husband said the fitter told him 'not our problem'. It is our problem, and I've booked the repair for Monday.",
    "The last garage called it 'not worth fixing'; we've fixed it and it's ready at four.",
    "您说门卫跟您说了句'这事不归我们管'，我这就帮您联系物业经理。",
    "店員嗰句'唔關我事'唔啱，我而家幫你換過件新嘅。",
  ]);
  test('the same words said by the agent stay flagged', () => {
    expect(detect('That’s not our problem.').map((h) => h.act)).not.toEqual([]);
    expect(detect('这事不归我们管。').map((h) => h.act)).toContain('passing-the-buck');
  });
});

describe('a fault denied after a repair or a test is good news', () => {
  modelClean('leaks, skips, noises and problems negated', [
    'The new hose is on, so the washing machine will not leak again.',
    'We ran the turntable for an hour and it did not skip once.',
    '热水器换了新阀门，试了一晚上都没再漏。',
    '部咖啡機換咗泵，煲咗十杯都冇再響。',
    '交換後の動作確認でも、エラーは一度も出ませんでした。',
  ]);
  modelFlags('refusal', ['The washing machine cannot be fixed.']);
});

describe('a thing sent to the customer just now is news; long since sent, it is held against them', () => {
  modelClean('sent to the inbox or the phone', [
    '合同刚发到您邮箱了。',
    '取件码已经传到你手机了。',
  ]);
  modelFlags('impatience', ['合同早就发到您邮箱了，自己再找找。']);
});

describe('full as the result of filling (充满, 加满, charged to full) is the work done', () => {
  modelClean('a battery charged, a tank topped up', [
    '轮椅修好了，电池也都充满了。',
    '车洗好了，油也都加满了。',
    'The mower has been serviced and its battery is charged to full.',
  ]);
  modelFlags('refusal', ['那天的场次都订满了。', 'The workshop is completely full.']);
});

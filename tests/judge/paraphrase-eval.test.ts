import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { evalParaphrases, parseParaphraseRow } from '../../src/eval/paraphrases.js';
import {
  COPIED_THRESHOLD,
  COVERED_THRESHOLD,
  copiedShare,
  coveredShare,
} from '../../src/judge/paraphrase/copy.js';
import { checkQuestion, feelingCheck } from '../../src/judge/paraphrase/restate.js';
import { matchCriterion, prepareAnswer } from '../../src/judge/text/index.js';
import { resources, root } from './phrases-helpers.js';

test.each([
  ['我知道您很着急,我马上查。', true],
  ['換作是我也會很擔心。', true],
  ['您一定等得很心急吧。', true],
  ['I can see why you are upset.', true],
  ['That must have been so frustrating.', true],
  ["I'd feel the same in your position.", true],
  ['您的订单号是多少?', false],
  ['The parcel left the depot on Monday.', false],
  // Feelings in the trainee's own words: an empathy frame and a strongly negative word.
  ['What a rotten start to your holiday.', true],
  ["I'd be furious too.", true],
  ["No wonder you're fed up.", true],
  ['That must feel awful.', true],
  ['That would upset anyone.', true],
  ['靠退休金生活确实吃不消。', true],
  ['換了誰都會睡不著。', true],
  ["That can't have been easy.", true],
  ["I'd be just as cross.", true],
  ["You've had a really rough week.", true],
  ['大过年的碰上这种事，真是太扫兴了。', true],
  ['確實很讓人心寒。', true],
  ['您真是不容易。', true],
  ['真是太远了，要坐两个小时车。', false],
  ['您的包裹太大了，快递员送不上楼。', false],
  // Sad words in the facts are not an acknowledged feeling.
  ['Your suitcase was lost and the refund was refused.', false],
  ['So the order is missing and the card was charged.', false],
])('feeling: %s → %s', (text, met) => {
  expect(feelingCheck(prepareAnswer(text)).met).toBe(met);
});

test.each([
  ['您是说订单还没到,我理解得对吗?', true],
  ['您是說訂單還沒到,對嗎?謝謝。', true],
  ['So the parcel never came — did I get that right?', true],
  [
    'Is that right? Also, our opening hours changed last week and the shop now closes at six.',
    false,
  ],
  ['对吗?另外我们的营业时间已经改了,现在每天六点关门,请您注意。', false],
  ['So the parcel never came.', false],
  ['So the parcel never came. Have I got everything?', true],
  ['您是说包裹还没到，是这样吧？', true],
  ['您是說包裹還沒到，我理解得沒錯吧？', true],
  ['您是说包裹还没到，对不对?', true],
  ['So the parcel never came. Am I understanding you correctly?', true],
  ['So the parcel never came. Does that cover it?', true],
  ['您是说包裹还没到，还有补充吗？', true],
])('check at the end: %s → %s', (text, met) => {
  expect(checkQuestion(prepareAnswer(text)).met).toBe(met);
});

test('copy share across scripts', () => {
  const customer = '我12号汇了3500块学费,学校说还没收到。';
  expect(copiedShare('我12號匯了3500塊學費,學校說還沒收到。', customer)).toBeGreaterThan(0.9);
  expect(copiedShare('您是说学费汇出八天了,学校那边还没到账,对吗?', customer)).toBeLessThan(0.3);
});

test('a copy hands back nearly all the customer said; a trimmed restatement is not one', () => {
  const customer = '快递员把我的包裹放在门口，结果被人拿走了，我打了三次电话都没人管。';
  const whole = '快递员把您的包裹放在门口，结果被人拿走了，您打了三次电话都没人管，对吗？';
  const trimmed = '包裹放在门口被人拿走了，对吗？';
  expect(copiedShare(whole, customer)).toBeGreaterThan(COPIED_THRESHOLD);
  expect(coveredShare(whole, customer)).toBeGreaterThan(COVERED_THRESHOLD);
  expect(copiedShare(trimmed, customer)).toBeGreaterThan(COPIED_THRESHOLD);
  expect(coveredShare(trimmed, customer)).toBeLessThan(COVERED_THRESHOLD);
});

test('eval floors (eval/paraphrases.jsonl)', () => {
  const rows = readFileSync(join(root, 'eval/paraphrases.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => parseParaphraseRow(JSON.parse(l)));
  expect(rows.filter((r) => r.lang === 'zh').length).toBeGreaterThanOrEqual(70);
  expect(rows.filter((r) => r.lang === 'en').length).toBeGreaterThanOrEqual(70);
  const reports = evalParaphrases(rows, resources);
  const acc = (lang: string) => reports.find((r) => r.lang === lang)!.accuracy;
  expect(acc('en')).toBeGreaterThanOrEqual(0.97);
  expect(acc('zh')).toBeGreaterThanOrEqual(0.99);
});

// Written blind from the issue text: paraphrases-blind before the grader was read (tuned on
// afterwards), paraphrases-blind2 after the fixes and before running anything on it (86.7%
// agreement when first run, fixed after).
// paraphrases-blind3 was written and committed before any run on it: 85.0% when first run
// (en 85.0, zh-Hans 85.7, zh-Hant 83.3), 96.3% after its classes of misses were fixed
// (restated facts flagged as forbidden phrases, Chinese word-order/aspect/subject variants,
// refusals and vague counts said another way). The blind floor keeps the first-run figure;
// the tuned guard keeps the fixes.
// paraphrases-blind: 0.975 since issue 12's penalty policy, which grades one labelled-poor row
// (facts and check right, two forbidden phrases, no feeling) partial on purpose; 0.95 since
// the trainers' rule that most facts missing is poor (two rows with one fact of three and a
// check are labelled partial here, written before the trainers' rounds). 0.925 and 0.86 since three
// parts missing is poor (shortfalls.ts): both sets, written from the issue text before the
// trainers' rounds, label a restatement of one or two facts with no feeling partial (blind
// pb-en-20, pb-zh-10, pb-zh-20, pb-zh-40; blind2 pb2-en-02, pb2-en-14, pb2-zh-02, pb2-zh-05),
// where the trainers label 699 of 701 such rows of fold A poor.
test.each([
  ['eval/paraphrases-blind.jsonl', 80, 0.925],
  ['eval/paraphrases-blind2.jsonl', 30, 0.86],
  ['eval/paraphrases-blind3.jsonl', 80, 0.85],
  // issue 12's own round: 64.1% on its first run (before the polarity/values work was tuned
  // on it); 81.3% after, with its misses read; 64.1% again once a wrong fact made a
  // restatement poor (its labels grade one wrong value partial, the written policy does not);
  // 71.9% once one slip of when among right facts was partial again.
  ['eval/paraphrases-blind-rubric.jsonl', 64, 0.71],
  // blind round 2026-12: 61.7% on its first run on the merged judges; 84.3% after the
  // wrong-fact policy was set with its misses read — a guard, not a blind figure. One wrong
  // date/day/time among mostly right facts is partial since (round 2026-12b's rule, and issue
  // 12's own round): this round's README calls every day, date and time key, so its six
  // single-slip rows disagree by design; 86.1% with wrong names, reversed directions and
  // 'nobody came or rang' read; 84.3% once one wrong count of times (calls, uses) is a minor
  // slip (round 2026-12c's rule; this round labels its three such rows poor); 81.7% once one
  // wrong amount or count of things is a minor slip too (the rule trainers apply since round
  // 2026-12n; this round labels its nine such rows poor).
  ['eval/blind-2026-12/paraphrases.jsonl', 115, 0.81],
  // blind round 2026-12b: 61.7% on its first run; 95.0% after its misses were read (facts in
  // the trainee's word order, feeling/check criteria as built-ins, copies that hand back most
  // of the customer, one slip of when partial) — a guard, not a blind figure.
  ['eval/blind-2026-12b/paraphrases.jsonl', 60, 0.95],
  // blind round 2026-12g: 80.8% on its first run; 89.2% once facts in the trainee's own words
  // were read through WordNet senses and its Chinese misses were read — a guard, not a blind figure.
  ['eval/blind-2026-12g/paraphrases.jsonl', 120, 0.89],
  // training rows 2026-12h, English answers mostly in words of their own: 55.0% when added.
  ['eval/train-2026-12h/paraphrases.jsonl', 200, 0.55],
])('eval floors (%s)', (file, n, floor) => {
  const rows = readFileSync(join(root, file), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => parseParaphraseRow(JSON.parse(l)));
  expect(rows.length).toBe(n);
  const all = evalParaphrases(rows, resources).find((r) => r.lang === 'all')!;
  expect(all.accuracy, JSON.stringify(all.misses)).toBeGreaterThanOrEqual(floor);
});

test('eval tuned guard (eval/paraphrases-blind3.jsonl, per language)', () => {
  const rows = readFileSync(join(root, 'eval/paraphrases-blind3.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => parseParaphraseRow(JSON.parse(l)));
  const reports = evalParaphrases(rows, resources);
  const acc = (lang: string) => reports.find((r) => r.lang === lang)!.accuracy;
  expect(acc('all')).toBeGreaterThanOrEqual(0.96);
  expect(acc('en')).toBeGreaterThanOrEqual(0.95);
  expect(acc('zh-Hans')).toBeGreaterThanOrEqual(0.96);
  expect(acc('zh-Hant')).toBeGreaterThanOrEqual(0.99);
});

test.each([
  ['退货', '想把它退了', true],
  ['退货', '已经退了货', true],
  ['退掉', '衣服已经退了', true],
  ['没通知', '事先也没人通知您', true],
  ['沒通知', '事先也沒有人通知您', true],
  ['一个多小时', '送晚了一个多钟头', true],
  ['没说对不起', '连一句对不起都没说', true],
  ['很烫', '充电器特别烫', true],
  ["won't refund", 'the school is refusing to refund the deposit', true],
  ['several times', "you've rung a few times", true],
  ['退货', '您想换个颜色', false],
  ['没通知', '已经通知过您了', false],
  ["won't refund", 'they will refund it', false],
  ['sent back', 'You sent the shoes back last week.', true],
  ['not received', 'you never received it', true],
  ['charged', 'we kept charging you', true],
  ['evening', 'it drops in the evenings', true],
  ['没拿到', '您并没有拿到', true],
  ['用不了', '优惠券用不上', true],
  ['refund', 'the money came back', false],
])('rubric variants: %s in %s → %s', (alt, answer, met) => {
  expect(matchCriterion({ id: 'x', label: 'x', any: [alt], weight: 1 }, answer).met).toBe(met);
});

test('a sentence handed back with my → your is still copied', () => {
  const customer = 'The bank froze my account while I was abroad and I can not pay for my hotel.';
  expect(
    copiedShare(
      'The bank froze your account while you were abroad and you can not pay for your hotel.',
      customer,
    ),
  ).toBeGreaterThan(0.6);
});

test('an eval row may give its grade as `grade` instead of `label`; one with neither is refused', () => {
  const row = { lang: 'en', customer: 'c', criteria: [], answer: 'a' };
  expect(parseParaphraseRow({ ...row, grade: 'poor' }).label).toBe('poor');
  expect(parseParaphraseRow({ ...row, label: 'good' }).label).toBe('good');
  expect(() => parseParaphraseRow({ ...row, grade: 'fine' })).toThrow(/label or grade/);
});

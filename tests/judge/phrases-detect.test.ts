import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { evalPhrases, parseReplyRow } from '../../src/eval/phrases.js';
import { parsePhraseLists } from '../../src/judge/resources.js';
import { detect, flagged, growth, resources, root } from './phrases-helpers.js';

describe('context decides, not bare substrings', () => {
  test.each([
    ['我不知道。', ['我不知道']],
    ['我不太清楚,但是小张应该能帮助你,我们去找他吧。', []],
    ['我知道您很着急,我马上帮您查。', []],
    ['我们不会让您久等的。', []],
    ['我们不会给您退款。', ['我们不会']],
    ["It's not your fault.", []],
    ["That's not my fault.", ['not my fault']],
    ["I don't know yet, but I'll find out by 3pm.", []],
    ["I don't know.", ["I don't know"]],
    ["We won't keep you waiting.", []],
    ["We won't refund opened items.", ["We won't"]],
    ['You should receive it by Friday.', []],
    ['You should have read the terms.', ['You should have', 'read the terms']],
    ['You must be exhausted.', []],
    ['All you need to do is click the link.', []],
    ['Relax, it is fine.', ['Relax']],
    ['You can relax now, it is sorted.', []],
  ])('%s', (text, expected) => {
    expect(flagged(text)).toEqual(expected);
  });

  test('Traditional Chinese is matched through folding, spans stay in the original', () => {
    const text = '對不起,這是公司的規定。';
    const [hit] = detect(text);
    expect(hit?.category).toBe('policy-shield');
    expect(text.slice(hit!.span.start, hit!.span.end)).toBe('這是公司的規定');
  });

  test('妳 and 您 fold to 你', () => {
    expect(flagged('妳沒有填對這張表格。')).toEqual(['妳沒有填對']);
  });

  test('Japanese', () => {
    expect(flagged('お客様、落ち着いてください。')).toEqual(['落ち着いてください']);
    expect(flagged('わかりませんが、すぐに確認いたします。')).toEqual([]);
  });

  test('restating what the customer was told is not the trainee saying it', () => {
    expect(flagged('您说客服告诉您“这不归我管”,对吗?')).toEqual([]);
    expect(flagged('So you were told it is company policy and nobody could help?')).toEqual([]);
    expect(flagged('我已经跟你说过了,这是规定。')).toEqual(['我已经跟你说过', '这是规定']);
  });

  test("a third party's words or view restated is theirs; the agent's own view is not", () => {
    expect(
      flagged('So the groomer reckons the matting was your own fault, and that upset you?'),
    ).toEqual([]);
    expect(
      flagged('Your landlord insists you should have read clause four. Is that right?'),
    ).toEqual([]);
    expect(flagged('The mechanic thinks it was your mistake.')).toEqual([]);
    expect(flagged('I thought it was your own fault.')).toEqual(['your own fault']);
    // "I think" hedges the agent's own blame as "I believe" does; it does not excuse it.
    expect(flagged('I think the scratch is your own fault.')).toEqual(['your own fault']);
    expect(flagged('We thought you should have checked the size chart.')).toEqual([
      'you should have',
    ]);
  });

  test('clause position: 不行 alone is a refusal, inside a condition it is not', () => {
    expect(flagged('不行!')).toEqual(['不行']);
    expect(flagged('如果这个尺码不行的话,我们再换一个。')).toEqual([]);
  });

  test('a false reaction only when nothing follows', () => {
    expect(flagged('好的,我知道了。')).toEqual(['我知道了']);
    expect(flagged('我明白了,您是说订单还没到,对吗?')).toEqual([]);
  });

  test('hits carry category and suggestion; spans map through contractions', () => {
    const text = 'Sorry, I can’t help you.';
    const [hit] = detect(text);
    expect(text.slice(hit!.span.start, hit!.span.end)).toBe('I can’t help');
    expect(hit!.category).toBe('refusal');
    expect(hit!.suggestion.length).toBeGreaterThan(5);
  });
});

test('bounded work: linear from 2k to 20k characters', () => {
  const chunk = '我不知道,你应该去找经理。We never lose parcels, calm down. 不行!';
  const text = chunk.repeat(Math.ceil(20_000 / chunk.length)).slice(0, 20_000);
  expect(detect(text).length).toBeGreaterThan(200);
  expect(growth(chunk, 2_000)).toBeLessThan(12);
  expect(growth('a', 10_000)).toBeLessThan(12);
  expect(detect('a'.repeat(100_000))).toEqual([]);
});

test('bad phrase lists are reported with file and line', () => {
  const r = parsePhraseLists([
    {
      file: 'x.yaml',
      text: 'format: 1\nlang: en\nentries:\n  - id: a\n    phrase: A\n    category: nonsense\n    suggestion: s\n    patterns: [a]\n',
    },
  ]);
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.problems[0]).toMatchObject({ file: 'x.yaml', line: 6 });
  const ref = parsePhraseLists([
    {
      file: 'y.yaml',
      text: "format: 1\nlang: en\nentries:\n  - id: a\n    phrase: A\n    category: blame\n    suggestion: s\n    patterns: [a]\n    unless:\n      - followed_by: ['@nope']\n        within: 3\n",
    },
  ]);
  expect(ref.ok).toBe(false);
  if (!ref.ok) expect(ref.problems[0]?.message).toContain('@nope');
});

test('eval floors (eval/replies.jsonl)', () => {
  const rows = readFileSync(join(root, 'eval/replies.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => parseReplyRow(JSON.parse(l)));
  expect(rows.length).toBeGreaterThanOrEqual(200);
  const all = evalPhrases(rows, resources).find((r) => r.lang === 'all')!;
  expect(all.precision?.flag).toBeGreaterThanOrEqual(0.99);
  expect(all.recall?.flag).toBeGreaterThanOrEqual(0.99);
});

// Written blind from the issue text (replies-blind before the judge was read; replies-blind2
// after the fixes, before running anything on it). The first was then tuned on; the second is
// the honest figure (86.7% accuracy, flag P 95.8 / R 76.7 when first run) and was fixed after.
// replies-blind3 was written from the training digest before the lists were read (first run:
// flag P 100 / R 87.0; zh-Hans R 78.1, zh-Hant R 77.8, ja R 91.7, en R 97.4), replies-blind4
// after the general fixes, before running anything on it (first run: flag P 95.8 / R 62.2).
// Both were fixed afterwards with general variants, so their floors guard, not measure.
test.each([
  ['eval/replies-blind.jsonl', 200],
  ['eval/replies-blind2.jsonl', 60],
  ['eval/replies-blind3.jsonl', 160],
  ['eval/replies-blind4.jsonl', 60],
  // replies-blind5 was written before the grammar layer (first run: flag P 97.8 / R 66.7) and
  // the layer's word classes were built from its classes of misses, so this floor guards only.
  ['eval/replies-blind5.jsonl', 120],
])('eval floors (%s)', (file, n) => {
  const rows = readFileSync(join(root, file), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => parseReplyRow(JSON.parse(l)));
  expect(rows.length).toBe(n);
  const reports = evalPhrases(rows, resources);
  const all = reports.find((r) => r.lang === 'all')!;
  expect(all.precision?.flag, JSON.stringify(all.misses)).toBeGreaterThanOrEqual(0.99);
  expect(all.recall?.flag, JSON.stringify(all.misses)).toBeGreaterThanOrEqual(0.99);
});

// replies-blind6 was written after the grammar layer and committed before its first run:
// flag P 90.0 / R 27.3 (en 66.7 / 16.7, zh-Hans 100 / 27.3, zh-Hant 100 / 33.3, ja 100 / 50).
// Not tuned on; the floor pins that first-run figure so it can only go up.
test('eval floor at the first-run figure (eval/replies-blind6.jsonl)', () => {
  const rows = readFileSync(join(root, 'eval/replies-blind6.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => parseReplyRow(JSON.parse(l)));
  expect(rows.length).toBe(60);
  const all = evalPhrases(rows, resources).find((r) => r.lang === 'all')!;
  expect(all.precision?.flag).toBeGreaterThanOrEqual(0.89);
  expect(all.recall?.flag).toBeGreaterThanOrEqual(0.27);
  // The second round of word classes was built from its misses (P 96.9 / R 93.9 after), so
  // this stricter bound only guards that round and measures nothing.
  expect(all.precision?.flag, JSON.stringify(all.misses)).toBeGreaterThanOrEqual(0.96);
  expect(all.recall?.flag, JSON.stringify(all.misses)).toBeGreaterThanOrEqual(0.93);
});

// replies-blind7 was written from the training digest after the second round of word classes
// and committed before its first run: flag P 92.3 / R 36.4 (en 75.0 / 25.0, zh-Hans 100 / 36.4,
// zh-Hant 100 / 66.7, ja 100 / 25.0). Not tuned on; the floor pins that first-run figure.
test('eval floor at the first-run figure (eval/replies-blind7.jsonl)', () => {
  const rows = readFileSync(join(root, 'eval/replies-blind7.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => parseReplyRow(JSON.parse(l)));
  expect(rows.length).toBe(60);
  const all = evalPhrases(rows, resources).find((r) => r.lang === 'all')!;
  expect(all.precision?.flag).toBeGreaterThanOrEqual(0.92);
  expect(all.recall?.flag).toBeGreaterThanOrEqual(0.36);
});

// replies-blind8 was written from the training digest section 2 (every item of 九不准, 服务的禁言
// and the wording rules: two flagged variants and a clean near-miss each) and committed before
// its first run: flag P 96.6 / R 95.0 (en 98.0 / 92.6, zh-Hans 94.7 / 97.3, zh-Hant 95.5 / 95.5,
// ja 100 / 100). The floor pins that first-run figure.
test('eval floor at the first-run figure (eval/replies-blind8.jsonl)', () => {
  const rows = readFileSync(join(root, 'eval/replies-blind8.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => parseReplyRow(JSON.parse(l)));
  expect(rows.length).toBe(193);
  const all = evalPhrases(rows, resources).find((r) => r.lang === 'all')!;
  expect(all.precision?.flag).toBeGreaterThanOrEqual(0.96);
  expect(all.recall?.flag).toBeGreaterThanOrEqual(0.94);
  // A third round of word classes was built from its misses (P 100 / R 100 after), so this
  // stricter bound only guards that round and measures nothing.
  expect(all.precision?.flag, JSON.stringify(all.misses)).toBeGreaterThanOrEqual(0.99);
  expect(all.recall?.flag, JSON.stringify(all.misses)).toBeGreaterThanOrEqual(0.99);
});

test.each([
  ['请您给我看一下身份证。', false],
  ['你给我等着。', true],
  ['Sorry, but you filled in the form wrong.', true],
  ["That's not really my department, sorry.", true],
  ['What part of the form is unclear to you?', false],
  ['OK OK, I got it.', true],
  ['はいはい、分かりました。', true],
  ['お客様のせいではございません。', false],
  ['我们不会因为这次延误收取额外费用。', false],
  // words between 你 and the verb; the agent or a negation before the verb excuses it
  ['您一定是搞错了。', true],
  ['不是您搞错了，是我们发错了。', false],
  ['这个您得跟我们主管讲。', true],
  ['您不需要找经理，我来处理。', false],
  ['你现在马上就要喔？', true],
  ['您马上就要收到包裹了。', false],
  // an offer word inside a refusal or an instruction to the customer excuses nothing
  ['我们不会帮您处理这个。', true],
  ['我也不知道，你问问快递吧。', true],
  ['我不太清楚，我问一下同事，马上回复您。', false],
  ['公司规定不能退。', true],
  ['按照公司规定，您可以在七天内无理由退货。', false],
  ["If you're unhappy with that, you can ask to speak to a supervisor.", true],
  ["I'll ask my supervisor to approve this and call you back.", false],
  ['Not sure, check the website.', true],
  ['No returns needed, just keep it.', false],
  ['私に言われても困ります。', true],
  ['わからない点がございましたら、お気軽にどうぞ。', false],
])('general context rules: %s → flagged %s', (text, flag) => {
  expect(detect(text).length > 0).toBe(flag);
});

import { describe, expect, test } from 'vitest';
import { modelScore } from '../../src/eval/train-guards.js';
import { trainReplyModel } from '../../src/eval/train-reply-model.js';
import { modelOnlyHit } from '../../src/judge/phrases/detect.js';
import { detectPhrases } from '../../src/judge/phrases/index.js';
import { foldForPhrases } from '../../src/judge/phrases/phrase-patterns.js';
import {
  flaggedSentences,
  hashString,
  type ReplyModel,
} from '../../src/judge/phrases/reply-model.js';
import { parsePhraseLists, withReplyModel } from '../../src/judge/resources.js';
import { resources } from './phrases-helpers.js';

const model = resources.replyModel;
const withModel = (text: string) => detectPhrases(text, resources.phraseLists, model);
const p = (text: string) => (model ? modelScore(model, text, resources.phraseLists) : 0);

describe('the reply model (a learned second opinion for check)', () => {
  test('the bundled model is present and valid', () => {
    expect(model).toBeDefined();
    expect(model?.flag.index.length).toBeGreaterThan(1000);
  });

  test('a brush-off in words no list holds is flagged, named by its act, marked as the model’s', () => {
    const text = 'That order is not something I am going to deal with.';
    expect(p(text)).toBeGreaterThanOrEqual(model?.thresholds?.en ?? model?.threshold ?? 1);
    expect(detectPhrases(text, resources.phraseLists)).toEqual([]);
    expect(withModel(text)).toMatchObject([
      { act: 'dismissal', by: 'model', span: { start: 0, end: text.length } },
    ]);
  });

  test('each language has its own threshold: above the score, no flag', () => {
    const text = 'That order is not something I am going to deal with.';
    const score = p(text);
    if (!model) return;
    const flags = (thresholds: Record<string, number>) =>
      detectPhrases(text, resources.phraseLists, { ...model, thresholds }).length;
    // Above the score: a threshold over any probability (the score may round to 1).
    const above = score < 1 ? (score + 1) / 2 : 1.01;
    expect(flags({ 'zh-Hans': above, en: score })).toBe(1);
    expect(flags({ 'zh-Hans': score, en: above })).toBe(0);
  });

  test('the same brush-off with a way forward after it stands excused', () => {
    const text =
      'That order is not something I am going to deal with, but I can have it held at the depot for you to collect tomorrow.';
    expect(withModel(text).filter((h) => h.by === 'model')).toEqual([]);
  });

  test('Japanese: a sentence closing on the bare て-form orders the customer; a request does not', () => {
    expect(withModel('明日までに書類を全部そろえて。')).toMatchObject([
      { act: 'order', by: 'model' },
    ]);
    expect(withModel('明日までに書類を送ってください。')).toEqual([]);
    expect(withModel('申込書を送り直していただけますか。')).toEqual([]);
  });

  test('information is never the model’s flag: no negation and no customer as a person', () => {
    for (const text of [
      '您的订单已经发货了，预计明天送达。',
      'Your booking for two nights has been confirmed.',
      'The museum opens at nine and entry is free.',
    ]) {
      expect(withModel(text).filter((h) => h.by === 'model')).toEqual([]);
    }
  });

  test('an English reply is worded from the English list even beside Chinese text', () => {
    // Five sentences: judged one by one, as a long text is.
    const text = '您好。谢谢。好的。再见。That order is not something I am going to deal with.';
    const hit = withModel(text).find((h) => h.by === 'model');
    expect(hit?.suggestion).toMatch(/^[^\u3400-\u9fff]*$/);
    expect(text.slice(hit?.span.start, hit?.span.end)).toBe(
      'That order is not something I am going to deal with.',
    );
  });
});

describe('training', () => {
  const rows = [
    ...[
      'I cannot change that',
      'we cannot refund it',
      'I cannot book that',
      'we cannot move it',
    ].map((text) => ({ text, flag: true, act: 'refusal' as const })),
    ...[
      'the room is booked',
      'the train leaves at nine',
      'the table is ready',
      'the fee is paid',
    ].map((text) => ({ text, flag: false })),
  ];

  test('learns what separates the rows, and gives the same model every time', () => {
    const m = trainReplyModel(rows, resources.phraseLists, { bits: 12, epochs: 20, keep: 500 });
    const score = (text: string) =>
      flaggedSentences({ ...m, threshold: 0.5 }, foldForPhrases(text).text).length;
    expect(score('we cannot change the booking')).toBe(1);
    expect(score('the booking is ready')).toBe(0);
    expect(
      trainReplyModel(rows, resources.phraseLists, { bits: 12, epochs: 20, keep: 500 }),
    ).toEqual(m);
    expect(Object.keys(m.acts)).toEqual(['refusal']);
  });

  test('a threshold per language below the model’s threshold is a problem of the file', () => {
    const parsed = parsePhraseLists([]);
    const text = JSON.stringify({ ...model, threshold: 0.9, thresholds: { en: 0.5 } });
    const result = withReplyModel(parsed, { file: 'reply-model.json', text });
    expect(result.ok).toBe(false);
  });

  test('of two sentences that both score p = 1, the one of higher log-odds carries the flag', () => {
    const word = (w: string) => hashString(2, w) & 0xffff;
    const saturated: ReplyModel = {
      format: 1,
      bits: 16,
      threshold: 0.5,
      // Both words push the log-odds far past where the probability rounds to 1.
      flag: { bias: 0, index: [word('alpha'), word('beta')], weight: [50, 60] },
      acts: {},
    };
    const text = foldForPhrases('alpha one. beta two.').text;
    expect(flaggedSentences(saturated, text)[0]?.start).toBe(text.indexOf('beta'));
  });

  test('a damaged model file is a problem with its file and the way to rebuild it', () => {
    const parsed = parsePhraseLists([]);
    const result = withReplyModel(parsed, { file: 'reply-model.json', text: '{"format": 1}' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems[0]).toMatchObject({
        code: 'reply-model-invalid',
        file: 'reply-model.json',
      });
      expect(result.problems[0]?.hint).toContain('npm run train-model');
    }
  });
});

describe('the gate decides what a model flag needs (the model proposing every sentence)', () => {
  const eager = model && {
    ...model,
    threshold: 1e-9,
    thresholds: { en: 1e-9, 'zh-Hans': 1e-9, ja: 1e-9 },
  };
  const gated = (text: string) =>
    eager ? modelOnlyHit(text, resources.phraseLists, eager) : undefined;

  test('a bare refusal still stands', () => {
    expect(gated('We are unable to reopen that ticket.')).toMatchObject({ by: 'model' });
  });

  test.each([
    // an offer, though closed with a full stop
    'Would you like me to book the later ferry for you.',
    // a hedge followed by what the agent does know
    "I'm not sure what the parking costs, but most guests say it is reasonable.",
    // a refusal after another way offered earlier in the reply
    'Would you like to try a different week. I was unable to find a cabin for those dates.',
    // a refusal, then the agent having got another thing
    "That wasn't available. I did get a table at Rosie's though.",
    // the agent acting after the first clause (Japanese)
    'こちらでは返金できませんが、本社に私から確認しておきます。',
    // an answer to a thanks
    '别这么客气，应该做的。',
    // a wish returned to the customer, an assent
    'You as well.',
    'You got it.',
    // good news worded with a "no": bad news negated by degree, nothing to pay
    '也不是很贵，就734元。',
    '当然不要门票，是开放的。',
    'はい、キャンセル料はかかりませんので、ご安心くださいませ。',
  ])('%s is no model flag', (text) => {
    expect(gated(text)).toBeUndefined();
  });

  // An act classifier that ranks the refusal first, then blame, then the order, whatever the text.
  const ranking = eager && {
    ...eager,
    acts: {
      refusal: { bias: 2, index: [], weight: [] },
      blame: { bias: 1, index: [], weight: [] },
      order: { bias: 0, index: [], weight: [] },
    },
  };
  const named = (text: string) =>
    ranking ? modelOnlyHit(text, resources.phraseLists, ranking) : undefined;

  test('a refusal the clause gives to the customer is named by the next act, not dropped', () => {
    // The customer's thing opens the clause: a dead end, not something the customer cannot do.
    expect(named('你件貨喺倉庫搵唔返，冇咗。')).toMatchObject({ by: 'model', act: 'blame' });
  });

  test('an act the gate excuses is no flag under another name', () => {
    const orderFirst = ranking && {
      ...ranking,
      acts: { order: ranking.acts.refusal, blame: ranking.acts.blame },
    };
    expect(
      orderFirst &&
        modelOnlyHit('麻烦您先把手机关机，卡取出来。', resources.phraseLists, orderFirst),
    ).toBeUndefined();
  });
});

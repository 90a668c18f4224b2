import { describe, expect, test } from 'vitest';
import { AskItem, ParaphraseItem, RewriteItem } from '../../src/drills/schema.js';
import { createJudge, verdictOf } from '../../src/judge/index.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const base = { prompt: 'p', explanation: 'e', model_answer: 'm' };

describe('paraphrase', () => {
  const item = ParaphraseItem.parse({
    ...base,
    id: 'p',
    kind: 'paraphrase',
    customer:
      'My parcel shows delivered since yesterday but it is not here, and it is a birthday present for Saturday.',
    criteria: [
      { id: 'delivered', label: 'marked delivered', any: ['delivered', 'tracking'] },
      { id: 'birthday', label: 'birthday gift', any: ['birthday', 'saturday', 'present', 'gift'] },
    ],
  });
  test('facts + feeling + check pass', () => {
    const j = judge.judge(
      item,
      "I can imagine how worried you are. The tracking says delivered but you haven't got it, and it's a birthday gift for Saturday. Is that right?",
      'en',
    );
    expect(j.verdict).toBe('pass');
    expect(j.criteria.map((c) => c.id)).toEqual([
      'delivered',
      'birthday',
      'feeling',
      'check-question',
      'not-copied',
    ]);
    expect(j.criteria.find((c) => c.id === 'feeling')?.span).toBeDefined();
  });
  test('missing the check is partial', () => {
    const j = judge.judge(
      item,
      "I can imagine how worried you are. The tracking says delivered, and it's a birthday gift.",
      'en',
    );
    expect(j.verdict).toBe('partial');
  });
  test('a forbidden phrase costs forbidden_penalty and is listed', () => {
    const j = judge.judge(
      item,
      'Calm down. The tracking says delivered and it is a birthday gift. Is that right?',
      'en',
    );
    expect(j.forbidden[0]?.category).toBe('dismissal');
    expect(j.score).toBeCloseTo(0.25);
  });
  test("the customer's story handed back is not a forbidden phrase; the agent's own still is", () => {
    const told = ParaphraseItem.parse({
      ...base,
      id: 't',
      kind: 'paraphrase',
      customer: "I've called three times about my results and nobody ever calls me back.",
      criteria: [
        { id: 'times', label: 'three calls', any: ['three times', 'several times'] },
        { id: 'nobody', label: 'no call back', any: ['nobody', 'no one', 'never'] },
      ],
    });
    const restated = judge.judge(
      told,
      "So you've phoned three times and it never happens — I know how worrying that is. Is that right?",
      'en',
    );
    expect(restated.forbidden).toEqual([]);
    expect(restated.verdict).toBe('pass');
    const agent = judge.judge(
      told,
      "Calm down. You've phoned three times and nobody called back. Is that right?",
      'en',
    );
    expect(agent.forbidden.map((f) => f.category)).toContain('dismissal');
  });
  test('words the customer said themselves are restated, not refused (沒辦法)', () => {
    const zh = ParaphraseItem.parse({
      ...base,
      id: 'z',
      kind: 'paraphrase',
      customer: '網路斷了三天,我在家上班完全沒辦法工作。',
      criteria: [
        { id: 'days', label: '三天', any: ['三天'] },
        { id: 'work', label: '工作', any: ['上班', '工作'] },
      ],
    });
    const j = judge.judge(
      zh,
      '您是說網路斷了三天,您在家沒辦法上班,我知道您很著急。我理解得對嗎?',
      'zh-Hans',
    );
    expect(j.forbidden).toEqual([]);
    expect(j.verdict).toBe('pass');
  });
  test('copied words are capped below partial: a copy fails', () => {
    const j = judge.judge(item, item.customer, 'en');
    expect(j.criteria.find((c) => c.id === 'not-copied')?.met).toBe(false);
    expect(j.score).toBeLessThanOrEqual(0.3 * item.points);
    expect(j.verdict).toBe('fail');
    const withCheck = judge.judge(item, `${item.customer} Is that right?`, 'en');
    expect(withCheck.verdict).toBe('fail');
  });
  test('the feeling and one fact of several are at least partial', () => {
    const four = ParaphraseItem.parse({
      ...item,
      criteria: [
        ...item.criteria,
        { id: 'yesterday', label: 'since yesterday', any: ['yesterday'] },
        { id: 'missing', label: 'not here', any: ["haven't got", 'not arrived', 'not here'] },
      ],
    });
    const j = judge.judge(
      four,
      'I understand how upsetting that is. The gift is for Saturday.',
      'en',
    );
    expect(j.score / j.max).toBeCloseTo(0.4);
    expect(j.verdict).toBe('partial');
    expect(judge.judge(four, 'The gift is for Saturday.', 'en').verdict).toBe('fail');
  });
  test('no facts fails even with feeling and check', () => {
    expect(judge.judge(item, 'I understand how you feel. Is that right?', 'en').verdict).toBe(
      'fail',
    );
  });
});

describe('rewrite', () => {
  const item = RewriteItem.parse({
    ...base,
    id: 'r',
    kind: 'rewrite',
    original: '我不知道。',
    avoid: ['不归我管'],
    criteria: [{ id: 'offer', label: 'offers help', any: ['帮您', '能帮助您', '找出'] }],
  });
  test('clean and helpful passes', () => {
    expect(judge.judge(item, '我不太清楚,但是小张能帮助您,我们去找他吧。', 'zh-Hans').verdict).toBe(
      'pass',
    );
  });
  test('a forbidden phrase left in caps the score at 0.3', () => {
    const j = judge.judge(item, '我不知道,你找别人帮您吧。', 'zh-Hans');
    expect(j.score).toBeLessThanOrEqual(0.3);
    expect(j.criteria[0]).toMatchObject({ id: 'no-forbidden', met: false, weight: 2 });
  });
  test('item.avoid patterns count too', () => {
    const j = judge.judge(item, '这个不归我管,但我会帮您找出负责人。', 'zh-Hans');
    expect(j.forbidden.some((f) => f.category === 'avoid')).toBe(true);
  });
});

describe('ask', () => {
  const item = AskItem.parse({
    ...base,
    id: 'a',
    kind: 'ask',
    scenario: 's',
    require: 'open',
    criteria: [{ id: 'noise', label: 'about the noise', any: ['noise', '声音', '噪音'] }],
  });
  test('open question on topic passes', () => {
    const j = judge.judge(item, 'What does the noise sound like?', 'en');
    expect(j.verdict).toBe('pass');
    expect(j.criteria[0]?.builtin).toBe('question-type');
  });
  test('wrong type fails whatever else', () => {
    const j = judge.judge(item, 'Is the noise loud?', 'en');
    expect(j.score).toBe(0);
    expect(j.verdict).toBe('fail');
  });
  test('no question at all fails', () => {
    expect(judge.judge(item, 'The noise is loud.', 'en').verdict).toBe('fail');
  });
});

test('verdict thresholds', () => {
  expect([verdictOf(0.8, 1), verdictOf(0.79, 1), verdictOf(0.4, 1), verdictOf(0.39, 1)]).toEqual([
    'pass',
    'partial',
    'partial',
    'fail',
  ]);
});

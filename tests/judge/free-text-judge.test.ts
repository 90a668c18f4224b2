import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseDrillSet } from '../../src/drills/parse-set.js';
import { AskItem, ParaphraseItem, RewriteItem } from '../../src/drills/schema.js';
import { createJudge, verdictOf } from '../../src/judge/index.js';
import { resources, root } from './phrases-helpers.js';

const judge = createJudge(resources);
const base = { prompt: 'p', explanation: 'e', model_answer: 'm' };
/** A restatement item: the customer's words and its facts as [id, phrases]. */
const restatement = (customer: string, facts: [string, string[]][]) =>
  ParaphraseItem.parse({
    ...base,
    id: 'r',
    kind: 'paraphrase',
    customer,
    criteria: facts.map(([id, any]) => ({ id, label: id, any })),
  });

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
      'no-forbidden',
    ]);
    expect(j.criteria.every((c) => c.status === (c.met ? 'met' : 'missed'))).toBe(true);
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
  test('a forbidden phrase caps at partial, is its own ✗ and leaves the facts met', () => {
    const j = judge.judge(
      item,
      'Calm down. The tracking says delivered and it is a birthday gift. Is that right?',
      'en',
    );
    expect(j.forbidden[0]?.category).toBe('dismissal');
    expect(j.verdict).toBe('partial');
    expect(j.criteria.filter((c) => !c.builtin).every((c) => c.status === 'met')).toBe(true);
    expect(j.criteria.find((c) => c.id === 'no-forbidden')).toMatchObject({
      status: 'missed',
      detail: 'Calm down',
    });
    const good = judge.judge(
      item,
      "Calm down. I can imagine how worried you are. The tracking says delivered but you haven't got it, and it's a birthday gift for Saturday. Is that right?",
      'en',
    );
    expect(good.verdict).toBe('partial');
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
  test("zh: the customer's words handed back with 我 turned into 您 are still a copy", () => {
    const zh = restatement(
      '上个月我在你们店里买了一台吸尘器，用了三天就不转了，我拿回来修，你们说要等两个星期，我现在很着急。',
      [
        ['bought', ['吸尘器']],
        ['broke', ['不转了', '三天']],
        ['wait', ['两个星期']],
      ],
    );
    const j = judge.judge(
      zh,
      '上个月您在我们店里买了一台吸尘器，用了三天就不转了，您拿回来修，我们说要等两个星期，您现在很着急，对吗？',
      'zh-Hans',
    );
    expect(j.criteria.find((c) => c.id === 'not-copied')?.met).toBe(false);
    expect(j.verdict).toBe('fail');
    // Borrowing their phrases with the person turned, trimmed to the facts, is a restatement.
    const trimmed = judge.judge(
      zh,
      '您上个月买的吸尘器用了三天就不转了，我们说修要等两个星期，难怪您着急，对吗？',
      'zh-Hans',
    );
    expect(trimmed.criteria.find((c) => c.id === 'not-copied')?.met).toBe(true);
  });
  test("most facts missing is poor, even with the feeling (the trainers' rule)", () => {
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
    expect(j.score / j.max).toBeCloseTo(0.3);
    expect(j.verdict).toBe('fail');
    expect(judge.judge(four, 'The gift is for Saturday.', 'en').verdict).toBe('fail');
    // Half the facts is not most: two of four with the feeling and the check stays partial.
    const half = judge.judge(
      four,
      'I understand how upsetting that is. The gift for Saturday has not arrived. Is that right?',
      'en',
    );
    expect(half.criteria.filter((c) => !c.builtin && c.met)).toHaveLength(2);
    expect(half.verdict).toBe('partial');
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
  test('a forbidden phrase left in is its own ✗; the help offered stays met', () => {
    const j = judge.judge(item, '我不知道,你找别人帮您吧。', 'zh-Hans');
    expect(j.verdict).not.toBe('pass');
    expect(j.criteria[0]).toMatchObject({ id: 'no-forbidden', met: false, weight: 2 });
    expect(j.criteria[1]).toMatchObject({ id: 'offer', status: 'met' });
  });
  test('the wording it was asked to change, kept, is not a rewrite', () => {
    const j = judge.judge(item, '这个不归我管,但我会帮您找出负责人。', 'zh-Hans');
    expect(j.score).toBeLessThanOrEqual(0.3);
  });
  test('a scaffold-style rubric is not met by its own negation', () => {
    const own = RewriteItem.parse({
      ...base,
      id: 'o',
      kind: 'rewrite',
      original: 'No receipt, no refund.',
      criteria: [
        { id: 'can-do', label: 'Says what you can do', any: ['let me', 'i will', 'i can'] },
      ],
    });
    const j = judge.judge(
      own,
      "I can't refund without a receipt and I can't check cards either.",
      'en',
    );
    expect(j.criteria[1]).toMatchObject({ id: 'can-do', met: false, status: 'missed' });
    expect(j.verdict).not.toBe('pass');
    expect(
      judge.judge(own, 'I can check the card payment for you — let me look.', 'en').verdict,
    ).toBe('pass');
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

describe('bundled items (issue 12 pins)', () => {
  const bundled = (file: string, id: string) => {
    const r = parseDrillSet(readFileSync(join(root, file), 'utf8'), file);
    if (!r.ok) throw new Error(file);
    const item = r.loaded.set.items.find((i) => i.id === id);
    if (item?.kind !== 'paraphrase' && item?.kind !== 'rewrite') throw new Error(id);
    return item;
  };
  test('rw-dont-know: a refusal does not admit the limit or offer to take the customer', () => {
    const item = bundled('drills/phrases/en.yaml', 'rw-dont-know');
    const j = judge.judge(item, "I won't find out, and I can't take you to anyone.", 'en');
    expect(j.criteria.filter((c) => c.met && !c.builtin)).toEqual([]);
    expect(j.verdict).toBe('fail');
  });
  test('paraphrase-lost-bags: another city, day and count are wrong facts, not met ones', () => {
    const item = bundled('drills/paraphrasing/en.yaml', 'paraphrase-lost-bags');
    const answer =
      "I understand how worried you must be. Your flight from Beijing arrived yesterday evening and one suitcase with your daughter's glasses is missing. Is that right?";
    const j = judge.judge(item, answer, 'en');
    const flight = j.criteria.find((c) => c.id === 'flight');
    expect(flight).toMatchObject({
      status: 'contradicted',
      met: false,
      said: 'Beijing',
      expected: 'Guangzhou',
    });
    expect(answer.slice(flight?.span?.start, flight?.span?.end)).toBe('Beijing');
    expect(j.criteria.find((c) => c.id === 'bags')).toMatchObject({
      status: 'contradicted',
      said: 'one suitcase',
    });
    expect(j.verdict).not.toBe('pass');
    const right = judge.judge(
      item,
      "I know you're worried about your son. Two of your three suitcases didn't come off CZ3390 from Guangzhou this morning, and his inhaler is in one of them. Is that right?",
      'en',
    );
    expect(right.verdict).toBe('pass');
    expect(right.criteria.some((c) => c.status === 'contradicted')).toBe(false);
  });
  test('paraphrase-bank-transfer: "not arrived" does not meet the Friday deadline', () => {
    const item = bundled('drills/paraphrasing/en.yaml', 'paraphrase-bank-transfer');
    const j = judge.judge(
      item,
      "I know you're worried. You sent 3,500 yuan on the 12th and it has not arrived yet. Is that right?",
      'en',
    );
    expect(j.criteria.find((c) => c.id === 'deadline')?.status).toBe('missed');
    expect(j.criteria.find((c) => c.id === 'not-received')?.status).toBe('met');
    expect(j.verdict).toBe('partial');
  });
  test('a denied fact said as done is contradicted', () => {
    const plumber = restatement('The plumber never came on Tuesday and nobody called me.', [
      ['noshow', ['never came', 'did not come', 'no-show']],
      ['nocall', ['nobody called', 'no one called', 'no call']],
    ]);
    const j = judge.judge(
      plumber,
      'So the plumber came on Tuesday and someone called you. Is that right?',
      'en',
    );
    expect(j.criteria.map((c) => c.status).slice(0, 2)).toEqual(['contradicted', 'contradicted']);
    expect(j.verdict).toBe('fail');
  });
  test("a value in the agent's own promise is not a wrong fact", () => {
    const waited = restatement("I've waited three hours for the engineer and nobody has called.", [
      ['hours', ['three hours', '3 hours']],
      ['nocall', ['nobody has called', 'no one called', 'no call']],
    ]);
    const j = judge.judge(
      waited,
      "I'm sorry, three hours is a long wait and nobody has called. I'll ring you back within 2 hours. Is that right?",
      'en',
    );
    expect(j.criteria.some((c) => c.status === 'contradicted')).toBe(false);
  });
  test.each([
    [
      '我下午三点约的牙医，到了诊所前台说没有预约记录。',
      [
        ['time', ['三点', '下午']],
        ['norecord', ['没有预约记录', '没有记录', '查不到']],
      ],
      '您约的是上午十点的牙医，前台说没有记录，真让人着急，对吗？',
      { said: '上午十点', expected: '下午三点' },
    ],
    [
      '我们坐早上从广州到的航班，两个箱子没出来。',
      [
        ['flight', ['广州', '航班']],
        ['bags', ['两个', '箱子']],
      ],
      '您坐的是从北京到的航班，两个箱子没出来，真让人着急，对吗？',
      { said: '北京', expected: '广州' },
    ],
    [
      "I've waited three hours for the engineer and nobody has called.",
      [
        ['hours', ['three hours', '3 hours']],
        ['nocall', ['nobody has called', 'no call']],
      ],
      "I'm sorry, two hours is a long wait and nobody has called. Is that right?",
      { said: 'two hours', expected: 'three hours' },
    ],
  ] as [string, [string, string[]][], string, { said: string; expected: string }][])(
    'a wrong value is shown with what the customer said: %s',
    (customer, facts, answer, shown) => {
      const j = judge.judge(
        restatement(customer, facts),
        answer,
        /[a-z]/i.test(answer) ? 'en' : 'zh-Hans',
      );
      expect(j.criteria[0]).toMatchObject({ status: 'contradicted', ...shown });
      expect(j.verdict).not.toBe('pass');
    },
  );
});

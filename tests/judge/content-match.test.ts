import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { matchCriterion, normalise, prepareAnswer } from '../../src/judge/text/index.js';
import { polarityAt } from '../../src/judge/text/polarity.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

/** Fact phrases met in the trainee's own word order, with the customer's words as reference. */
test.each([
  // Chinese: the phrase's content characters together in one sentence.
  ['我的航班延误了，一句解释都没有。', '没人解释', '延误到晚上，也没人给您解释。', true],
  ['付款成功了却没收到电子票。', '付了款', '款项已经付了，票没到。', true],
  ['付款成功了却沒收到電子票。', '電子票沒收到', '電子票卻一直沒收到。', true],
  ['我明天早上9点有面试。', '9点有面试', '您明天早上9点还有面试。', true],
  // English: stems in any order, numbers as words or digits.
  [
    "I've been charged on the 1st and the 2nd.",
    '1st and the 2nd',
    'on the 1st and again on the 2nd',
    true,
  ],
  ['It started leaking on Monday.', 'leak', 'it started leaking on Monday', true],
  ['I waited three weeks.', '3 weeks', 'you waited for three whole weeks', true],
  // Guards: another value, the fact said the other way round, a direction reversed, a number
  // that counts something else, a word the customer said as written in another sense.
  ['我5月12号报的修。', '5月12', '您5月21号报的修。', false],
  ['付款成功了却沒收到電子票。', '電子票沒收到', '電子票已經收到了。', false],
  ['我订了台北到高雄的票。', '台北到高雄', '您订了高雄到台北的票。', false],
  [
    'Two of my three suitcases never came.',
    'two suitcases',
    'one of your suitcases is missing and the other two arrived',
    false,
  ],
  ['I work from home.', 'work', 'your TV box stopped working', false],
  [
    'The sofa was delivered yesterday.',
    'delivered yesterday',
    'it was not delivered yesterday',
    false,
  ],
  ['演唱会就是这个星期六。', '这个星期六', '您订了下星期六的票。', false],
])('customer %s · fact %s · answer %s → %s', (customer, alt, answer, met) => {
  const c = matchCriterion(
    { id: 'x', label: 'x', any: alt.split('|'), weight: 1 },
    prepareAnswer(answer),
    normalise(customer),
  );
  expect(c.met).toBe(met);
});

const judge = createJudge(resources);
const item = restatementItem('我上个月的电费是平常的三倍，家里只有我一个人住。我很不放心。', [
  ['ratio', ['三倍']],
  ['alone', ['一个人住']],
  ['feeling', ['不放心', '担心']],
  ['check', ['对吗']],
]);

test('criteria named feeling and check add wordings to the built-in checks, not facts', () => {
  const j = judge.judge(
    item,
    '您上个月电费是平常的三倍，家里只有您一个人住，心里还是不放心。对吗？',
    'zh-Hans',
  );
  expect(j.criteria.map((c) => c.id)).toEqual([
    'ratio',
    'alone',
    'feeling',
    'check-question',
    'not-copied',
    'no-forbidden',
  ]);
  expect(j.verdict).toBe('pass');
  // The built-in feeling still counts when the author's wordings are not used.
  expect(
    judge.judge(item, '您上个月电费是平常的三倍，家里只有您一个人住，难怪您着急。对吗？', 'zh-Hans')
      .verdict,
  ).toBe('pass');
  // With no facts at all, a feeling and a check are not a restatement.
  expect(judge.judge(item, '我理解您的心情。对吗？', 'zh-Hans').verdict).toBe('fail');
});

test.each([
  ['nobody turned up or even called', 'called', 'negative'],
  ['nobody came or rang you', 'or rang', 'negative'],
  ['no call nor email', 'email', 'negative'],
  ['you can call or email us', 'email', 'positive'],
  ['it was cancelled or moved', 'moved', 'positive'],
] as const)('the second of two things: %s · %s → %s', (text, phrase, polarity) => {
  const n = normalise(text);
  const at = n.text.indexOf(phrase);
  expect(polarityAt(n, at, at + phrase.length)).toBe(polarity);
});

test.each([
  ['付款成功了卻沒收到電子票。', '付款成功|付了款', '您還沒付款，對嗎？', 'contradicted'],
  [
    '快递显示签收了，可是我爸根本没收到。',
    '没收到',
    '您父亲已经收到手机了，对吗？',
    'contradicted',
  ],
  ['我订了台北到高雄的高铁票。', '台北到高雄', '您订了高雄到台北的高铁票，对吗？', 'contradicted'],
  // The customer said those words that way too: no contradiction.
  [
    '机票改签要收我五百块手续费，你们之前说免费的！',
    '不收费',
    '改签要收五百块手续费，对吗？',
    'missed',
  ],
])(
  'a fact said the other way round in other words: %s · %s · %s → %s',
  (customer, alt, answer, status) => {
    const c = matchCriterion(
      { id: 'x', label: 'x', any: alt.split('|'), weight: 1 },
      prepareAnswer(answer),
      normalise(customer),
    );
    expect(c.status).toBe(status);
  },
);

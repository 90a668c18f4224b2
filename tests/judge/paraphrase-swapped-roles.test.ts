import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const swappedIds = (j: ReturnType<typeof judge.judge>) =>
  j.criteria
    .filter((c) => c.detail === 'swapped-roles' && c.status === 'contradicted')
    .map((c) => c.id)
    .sort();

// What was ordered and what came, each said with the other's verb: the roles are swapped, though
// the two clauses share no words with the customer's (a colour travels with its finish).
const keyboard = restatementItem(
  "I ordered the keyboard with brown switches for the office and paid £129. The one that came has blue switches, they're so loud that two colleagues have complained already.",
  [
    ['ordered', ['brown']],
    ['paid', ['£129']],
    ['came', ['blue']],
    ['complaints', ['two colleagues', 'complained']],
  ],
);

test('en: what was ordered told as what was sent, and the other way round, is poor', () => {
  const j = judge.judge(
    keyboard,
    'So you ordered blue switches for £129 and we sent a keyboard with brown ones, and two colleagues have complained about the noise. I understand how awful that feels. Is that right?',
    'en',
  );
  expect(swappedIds(j)).toEqual(['came', 'ordered']);
  expect(j.criteria.find((c) => c.id === 'ordered')).toMatchObject({
    said: 'brown',
    expected: 'blue',
  });
  expect(j.verdict).toBe('fail');
});

test('en: what came told first and what was ordered after it keep their roles', () => {
  const j = judge.judge(
    keyboard,
    "We sent blue switches instead of the brown ones you'd paid £129 for, and two colleagues have already complained. I understand how awful that feels. Is that right?",
    'en',
  );
  expect(swappedIds(j)).toEqual([]);
  expect(j.verdict).toBe('pass');
});

// Chinese: sizes (values of one kind) given for each other between 买 and 寄来.
const suitcase = restatementItem(
  '我在你们网站买的是二十八寸的托运箱，一千二百八，寄来的是二十寸的登机箱。我下周二就出国读书了。',
  [
    ['bought', ['二十八寸', '28寸']],
    ['came', ['二十寸', '20寸']],
    ['price', ['一千二百八', '1280']],
    ['leave', ['下周二']],
  ],
);

test('zh: the size bought said as the size that came, and the other way round, is poor', () => {
  const j = judge.judge(
    suitcase,
    '您买的是二十寸的登机箱，寄来的却是二十八寸的，一千二百八，下周二出国，难怪您着急。对吗？',
    'zh-Hans',
  );
  expect(swappedIds(j)).toEqual(['bought', 'came']);
  expect(j.verdict).toBe('fail');
});

test('zh: what came said first, what was bought after, stays right', () => {
  const j = judge.judge(
    suitcase,
    '寄到您手上的是二十寸的登机箱，而您花一千二百八买的是二十八寸托运箱，下周二就要出国，难怪您着急。我理解得对吗？',
    'zh-Hans',
  );
  expect(swappedIds(j)).toEqual([]);
  expect(j.verdict).toBe('pass');
});

// Cantonese: what was done has no verb of getting — the business (你哋 to the customer, 我哋 to
// the agent) is its doer.
const trousers = restatementItem(
  '我攞咗條西褲嚟改，講明要改短褲腳兩吋，你哋收咗個腰兩吋，收咗我一百八。下個禮拜六我要去飲。',
  [
    ['asked', ['褲腳', '改短']],
    ['done', ['收咗個腰', '收腰']],
    ['price', ['一百八']],
    ['dinner', ['禮拜六']],
  ],
);

test('zh-Hant: what was asked for told as done by the business, and the other way round, is poor', () => {
  const j = judge.judge(
    trousers,
    '你講明要收腰兩吋，我哋改短咗褲腳，收咗一百八，下個禮拜六你要去飲，換轉係我都好嬲。係咪咁？',
    'zh-Hans',
  );
  expect(swappedIds(j)).toEqual(['asked', 'done']);
  expect(j.verdict).toBe('fail');
});

test('zh-Hant: the same facts each in its own role stay right', () => {
  const j = judge.judge(
    trousers,
    '你要我哋改短褲腳兩吋，我哋反而收細咗個腰，一百八都收咗，下個禮拜六仲要去飲，換轉係我都好嬲。係咪咁？',
    'zh-Hans',
  );
  expect(swappedIds(j)).toEqual([]);
});

// What was agreed or promised is what the customer was to get: said as what came, the roles swap.
const phone = restatementItem(
  'When I renewed in the shop you promised me the phone in Sierra Blue. The one that came on Monday is Graphite.',
  [
    ['promised', ['Sierra Blue']],
    ['came', ['Graphite']],
    ['monday', ['Monday']],
  ],
);

test('en: what was promised told as what came, and the other way round, is swapped', () => {
  const swapped = judge.judge(
    phone,
    'So we promised you the phone in Graphite, and on Monday you were sent one in Sierra Blue. I can see why you are upset. Is that right?',
    'en',
  );
  expect(swappedIds(swapped)).toEqual(['came', 'promised']);
  const kept = judge.judge(
    phone,
    "Monday's phone is Graphite, though we'd promised you Sierra Blue. I can see why you are upset. Is that right?",
    'en',
  );
  expect(swappedIds(kept)).toEqual([]);
});

test('zh: 说好的 (agreed) told as what came, and 讲好 / 攞到 in Cantonese, are swapped', () => {
  const sofa = restatementItem('我定制的沙发，说好的是深灰色的布面，结果送来的是米白色的皮面。', [
    ['agreed', ['深灰']],
    ['came', ['米白']],
  ]);
  expect(
    swappedIds(
      judge.judge(
        sofa,
        '您说好要的是米白色皮面，结果送来的是深灰色布面，难怪您着急。对吗？',
        'zh-Hans',
      ),
    ),
  ).toEqual(['agreed', 'came']);
  expect(
    swappedIds(
      judge.judge(sofa, '送来的是米白色皮面，可说好的是深灰色布面，难怪您着急。对吗？', 'zh-Hans'),
    ),
  ).toEqual([]);
  const cake = restatementItem('我訂咗個蛋糕，講好係朱古力味，今朝攞到嘅係芒果味。', [
    ['agreed', ['朱古力']],
    ['came', ['芒果']],
  ]);
  expect(
    swappedIds(
      judge.judge(cake, '你講好要芒果味，我哋做咗朱古力味，真係對唔住。係咪咁？', 'zh-Hans'),
    ),
  ).toEqual(['agreed', 'came']);
});

// Where a thing went from and where to are roles too: the two places turned round, with words
// between them that the change reading (from A to B said next to each other) does not take.
const move = restatementItem(
  'Your van was meant to take the piano from my flat in Hove to the church hall in Lewes on Friday. They charged me £150 and the recital is tomorrow.',
  [
    ['from', ['Hove']],
    ['to', ['Lewes']],
    ['day', ['Friday']],
    ['paid', ['£150']],
  ],
);

test('en: from and to turned round, with words between, are swapped roles', () => {
  const j = judge.judge(
    move,
    'So the van was meant to take the piano from the church hall in Lewes to your flat in Hove on Friday, for £150, with the recital tomorrow. That must be stressful. Is that right?',
    'en',
  );
  expect(swappedIds(j)).toEqual(['from', 'to']);
  expect(j.verdict).toBe('fail');
});

test('en: from and to in their places stay right', () => {
  const j = judge.judge(
    move,
    'On Friday the piano should have gone from your flat in Hove to the church hall in Lewes, you paid £150, and the recital is tomorrow. That must be stressful. Is that right?',
    'en',
  );
  expect(swappedIds(j)).toEqual([]);
});

// Both values in one fact, as a rubric often has them: the fact is contradicted when each value
// is told in the role the customer gave the other (asked for and given), met when each keeps its own.
const locker = restatementItem(
  'I asked for locker 27 by the pool because of my knee, and the front desk gave me locker 72, which is up two flights of stairs. I had to climb them twice a day all week.',
  [
    ['locker', ['27', '72']],
    ['knee', ['knee']],
    ['stairs', ['stairs']],
    ['week', ['all week', 'twice a day']],
  ],
);

test('en: two values of one fact given each other roles is poor', () => {
  const j = judge.judge(
    locker,
    'So you asked for locker 72 by the pool because of your knee and the front desk gave you locker 27, up two flights of stairs, twice a day all week. I understand how awful that was. Is that right?',
    'en',
  );
  expect(swappedIds(j)).toEqual(['locker']);
  expect(j.criteria.find((c) => c.id === 'locker')).toMatchObject({ expected: '27' });
  expect(j.verdict).toBe('fail');
});

test('en: two values of one fact each in its own role stay met', () => {
  const j = judge.judge(
    locker,
    "You'd asked for locker 27 by the pool because of your knee, but the front desk gave you locker 72, up two flights of stairs, twice a day all week. I understand how awful that was. Is that right?",
    'en',
  );
  expect(swappedIds(j)).toEqual([]);
  expect(j.verdict).toBe('pass');
});

// A price before a change and after it: "was" / "used to be" and "now" / "from this month" / "put it up to".
const broadband = restatementItem(
  'My broadband was £30 a month and from this month you have put it up to £42 without telling me. I do not even use the TV package.',
  [
    ['price', ['£30', '£42']],
    ['notice', ['without telling', 'no notice', 'without any notice', 'no warning']],
    ['tv', ['TV', 'television']],
  ],
);
const tail =
  ', without any notice, and you do not use the TV package. I can see why that is annoying. Is that right?';

test('en: the value before a change and the value after it given each other roles is poor', () => {
  const j = judge.judge(
    broadband,
    `Your broadband used to be £42 a month and from this month it has come down to £30${tail}`,
    'en',
  );
  expect(swappedIds(j)).toEqual(['price']);
  expect(j.verdict).toBe('fail');
});

test('en: before and after each in its own role, or in words, stay met', () => {
  for (const answer of [
    `Your broadband used to be £30 a month and from this month it is £42${tail}`,
    `Your broadband was thirty pounds a month and now it is forty-two${tail}`,
  ])
    expect(judge.judge(broadband, answer, 'en').verdict).toBe('pass');
});

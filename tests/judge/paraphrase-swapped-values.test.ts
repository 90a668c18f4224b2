import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { parseChineseNumeral } from '../../src/judge/text/index.js';
import { valuesIn } from '../../src/judge/text/values.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

const en = restatementItem(
  'I moved out of the flat in August, but the agency kept charging me rent for September and October.',
  [
    ['moved-out', ['moved out', 'left the flat']],
    ['charged', ['charging', 'charged', 'rent']],
    ['months', ['September and October', 'two months']],
  ],
);

test('en: a month of the customer given for another of their facts is a swapped value: poor', () => {
  const j = judge.judge(
    en,
    'That must be really frustrating. You moved out of the flat in September and the agency charged you rent for August and October. Is that right?',
    'en',
  );
  const swapped = j.criteria.filter((c) => c.detail?.startsWith('swapped-'));
  expect(swapped.length).toBeGreaterThan(0);
  expect(swapped[0]?.status).toBe('contradicted');
  expect(j.verdict).toBe('fail');
});

test('en: the same months each with their own fact stay right', () => {
  const j = judge.judge(
    en,
    'That must be really frustrating. You left the flat in August, yet the agency went on charging you rent for September and October. Is that right?',
    'en',
  );
  expect(j.criteria.some((c) => c.status === 'contradicted')).toBe(false);
  expect(j.verdict).toBe('pass');
});

test.each([
  [
    'zh-Hans',
    '合同上写的月租是三千二，可中介每个月按三千五收我的钱，已经多收了半年。',
    '难怪您生气。合同上写的是三千五，中介却按三千二收您的钱，多收了半年，对吗？',
    '难怪您生气。合同上写的月租三千二，中介却每月按三千五收，多收了半年，对吗？',
  ],
  [
    'zh-Hant',
    '合約上寫的月租是三千二，可仲介每個月按三千五收我的錢，已經多收了半年。',
    '難怪您生氣。合約上寫的是三千五，仲介卻按三千二收您的錢，多收了半年，對嗎？',
    '難怪您生氣。合約上寫的月租三千二，仲介卻每月按三千五收，多收了半年，對嗎？',
  ],
])(
  '%s: two amounts given for each other are swapped; in their places they are right',
  (_name, customer, swapped, right) => {
    const item = restatementItem(customer, [
      ['contract', ['三千二', '3200']],
      ['charged', ['三千五', '3500']],
      ['months', ['半年', '六个月', '六個月']],
    ]);
    const bad = judge.judge(item, swapped, 'zh-Hans');
    expect(bad.criteria.filter((c) => c.detail?.startsWith('swapped-')).length).toBe(2);
    expect(bad.verdict).toBe('fail');
    const good = judge.judge(item, right, 'zh-Hans');
    expect(good.criteria.some((c) => c.status === 'contradicted')).toBe(false);
    expect(good.verdict).toBe('pass');
  },
);

test('values: months alone, colloquial amounts and m/d dates are read', () => {
  const read = (s: string) => valuesIn(s).map((v) => `${v.type}:${v.unit}:${v.value}`);
  expect(read('It stopped in June, you may recall.')).toEqual(['date:month:6']);
  expect(read('We met on March 3rd; the march was loud.')).toEqual(['date:month:3', 'date:dom:3']);
  expect(read('押金两万五，房租三千二，一晚一百二十')).toEqual([
    'number:number:25000',
    'number:number:3200',
  ]);
  expect([parseChineseNumeral('一百二'), parseChineseNumeral('一万零八')]).toEqual([120, 10008]);
  expect(read('千万别急，万一不行再说')).toEqual([]);
  // A day said with its month is one date.
  expect(read('我11/11下的单，三月十号到的，等了三个月')).toEqual([
    'date:dom:11-11',
    'date:dom:3-10',
    'duration:day:90',
  ]);
  // Weeks and months are read as days, so lengths said in either unit compare.
  expect(read('两周，十四天，一个月')).toEqual([
    'duration:day:14',
    'duration:day:14',
    'duration:day:30',
  ]);
});

test.each([
  [
    'en',
    'en' as const,
    'The garage told me on Tuesday that the car would be ready on Thursday, and it still is not done.',
    'That must be so frustrating. The garage told you on Thursday that the car would be ready on Tuesday, and it still is not done. Is that right?',
    'That must be so frustrating. On Tuesday you were promised the car for Thursday, and it still is not done. Is that right?',
  ],
  [
    'zh-Hans',
    'zh-Hans' as const,
    '修车店周二跟我说车周四就能修好，可到现在还没修好。',
    '难怪您着急。修车店周四跟您说车周二就能修好，可到现在还没修好，对吗？',
    '难怪您着急。周二店里答应您周四取车，可车到今天还没修好，对吗？',
  ],
  [
    'zh-Hant',
    'zh-Hans' as const,
    '修車廠週二跟我說車週四就能修好，可到現在還沒修好。',
    '難怪您著急。修車廠週四跟您說車週二就能修好，可到現在還沒修好，對嗎？',
    '難怪您著急。週二店裡答應您週四取車，可車到今天還沒修好，對嗎？',
  ],
])(
  '%s: two days of one clause said the other way round are swapped',
  (_n, lang, customer, turned, right) => {
    const item = restatementItem(customer, [
      ['told', ['Tuesday', '周二', '週二']],
      ['ready', ['Thursday', '周四', '週四']],
      ['not-done', ['still is not done', '还没修好', '還沒修好']],
    ]);
    const bad = judge.judge(item, turned, lang);
    expect(bad.criteria.some((c) => c.detail?.startsWith('swapped-'))).toBe(true);
    expect(bad.verdict).toBe('fail');
    const good = judge.judge(item, right, lang);
    expect(good.criteria.some((c) => c.status === 'contradicted')).toBe(false);
    expect(good.verdict).toBe('pass');
  },
);

// A place named beside a value says which value it is (南京到苏州的车 is the booked one): the
// customer's places count as context like their other words, so the booked day said again in the
// words of its route is not the day the customer wanted to change to.
test('zh: a value said again beside the places of its own clause is not swapped', () => {
  const item = restatementItem(
    '我订了下周五晚上七点从南京到苏州的大巴，两张票，我想把同事那张改到周六，我自己那张不变。',
    [
      ['bus', ['周五晚上七点', '南京到苏州']],
      ['change', ['同事那张改到周六', '同事的票从周五改到周六']],
      ['keep', ['自己那张不变']],
    ],
  );
  const j = judge.judge(
    item,
    '您想把同事的票从周五改到周六，您自己那张还是周五晚上七点南京去苏州的，也不变。这确实挺麻烦，我理解得对吗？',
    'zh-Hans',
  );
  expect(j.criteria.filter((c) => c.status === 'contradicted')).toEqual([]);
});

// An ordinal followed by an adverb ("the 19th instead") is a day of the month, like the same
// ordinal at the end of a clause, so two days given for each other's facts are swapped.
test('en: two days of the month given for each other, one followed by an adverb, are swapped', () => {
  const item = restatementItem(
    'I asked for a table on the 9th, but the booking system put me down for the 19th instead. I paid a £40 deposit.',
    [
      ['asked', ['table on the 9th', 'asked for the 9th']],
      ['booked', ['down for the 19th', 'booked for the 19th']],
      ['deposit', ['£40 deposit', '£40']],
    ],
  );
  const j = judge.judge(
    item,
    "So you asked for the 19th, but the system put you down for the 9th, and you paid £40. That's annoying. Is that right?",
    'en',
  );
  expect(j.criteria.some((c) => c.detail?.startsWith('swapped-'))).toBe(true);
  expect(j.verdict).toBe('fail');
});

// Two amounts of one clause ("charged 90 pounds when the website quoted 60"): a bare number
// beside an amount is an amount, and each put after the word the customer said before the
// other is swapped, in the customer's order or not, across "and" in one sentence.
test("en: two amounts of one clause given after each other's words are swapped", () => {
  const item = restatementItem(
    'The plumber charged 90 pounds when the website quoted 60. I want the difference back.',
    [
      ['charged', ['charged 90 pounds', '£90']],
      ['quoted', ['quoted 60', '£60 quote']],
    ],
  );
  const j = judge.judge(
    item,
    'So the website quoted 90 pounds and the plumber charged 60. I understand how you feel. Is that right?',
    'en',
  );
  expect(j.criteria.some((c) => c.detail?.startsWith('swapped-'))).toBe(true);
  expect(j.verdict).toBe('fail');
});

// Told in two clauses of one sentence, two amounts are swapped when the answer puts them in
// two clauses again, each after the other's words and away from its own; listed together in
// one clause (4月3号和21号) they are only restated.
const twoClauses = restatementItem(
  'The plumber quoted 90 pounds for the boiler on Friday, and now his invoice says 310. I feel conned.',
  [
    ['quote', ['quoted 90 pounds', '£90 quote']],
    ['invoice', ['invoice says 310', '£310 invoice']],
    ['day', ['Friday']],
  ],
);

test("en: amounts of two clauses of one sentence given after each other's words are swapped", () => {
  const j = judge.judge(
    twoClauses,
    'Quoted 310 pounds on Friday and now the bill is 90? I can see you feel conned. Is that right?',
    'en',
  );
  expect(j.criteria.some((c) => c.detail?.startsWith('swapped-'))).toBe(true);
  expect(j.verdict).toBe('fail');
});

test('en: the same amounts each beside their own words stay right', () => {
  const j = judge.judge(
    twoClauses,
    'So the boiler job on Friday was quoted at 90 pounds, and now the invoice says 310. I can see you feel conned. Is that right?',
    'en',
  );
  expect(j.criteria.filter((c) => c.status === 'contradicted')).toEqual([]);
});

const twoVisits = restatementItem(
  '你们师傅4月3号修过一次，4月21号又修了一次，洗衣机现在又不脱水了，这都第三次了。',
  [
    ['visits', ['两次', '3号', '21号', '修过']],
    ['fault', ['不脱水', '脱水']],
  ],
);

test('zh: two dates of two clauses listed together in one clause are not swapped', () => {
  const j = judge.judge(
    twoVisits,
    '我理解您的心情。洗衣机4月3号和21号已经修过两次，现在第三次不脱水了。我理解得对吗？',
    'zh-Hans',
  );
  expect(j.criteria.filter((c) => c.status === 'contradicted')).toEqual([]);
  expect(j.verdict).toBe('pass');
});

// Lengths of time in two units swapped: promised in a fortnight, waiting nearly a month.
const lengths = restatementItem(
  '我上个月五号在你们店订了一张书桌，说好两周内送货，现在等了快一个月还没收到。',
  [
    ['ordered', ['五号', '订了书桌', '书桌']],
    ['promised', ['两周', '两个星期', '14天']],
    ['waited', ['快一个月', '一个月']],
  ],
);

test('zh: a promised two weeks and a wait of a month said the other way round are swapped', () => {
  const j = judge.judge(
    lengths,
    '您上个月五号订了书桌，店里说好一个月内送货，现在已经等了两周还没收到，我理解您很着急，对吗？',
    'zh-Hans',
  );
  expect(j.criteria.some((c) => c.status === 'contradicted')).toBe(true);
  expect(j.verdict).toBe('fail');
});

test('zh: the same lengths each with their own words stay right, in days too', () => {
  const j = judge.judge(
    lengths,
    '您上个月五号订了书桌，说好14天内送货，现在等了快一个月还没收到，我理解您很着急，对吗？',
    'zh-Hans',
  );
  expect(j.criteria.filter((c) => c.status === 'contradicted')).toEqual([]);
  expect(j.verdict).toBe('pass');
});

const vet = restatementItem(
  'I phoned your surgery at 8am because our cat had collapsed, and your vet only saw her at 2pm. She needed an operation and I am heartbroken.',
  [
    ['phoned-8', ['8am', 'eight in the morning']],
    ['seen-2', ['2pm', 'two in the afternoon']],
    ['collapsed', ['collapsed']],
    ['operation', ['operation', 'surgery']],
  ],
);

test("en: two times crossed, each clause with one word of the other's (by sense), are swapped", () => {
  const j = judge.judge(
    vet,
    'So the vet saw your cat at 8 and you had rung us at 2, after she collapsed, and she needed an operation. I understand how you feel. Is that right?',
    'en',
  );
  expect(j.criteria.filter((c) => c.detail === 'swapped-time').length).toBe(2);
  expect(j.verdict).toBe('fail');
  const right = judge.judge(
    vet,
    'So you rang us at 8 when your cat collapsed, the vet saw her at 2, and she needed an operation. I understand how you feel. Is that right?',
    'en',
  );
  expect(right.criteria.some((c) => c.status === 'contradicted')).toBe(false);
  expect(right.verdict).toBe('pass');
});

test('en: two weekdays whose words before them crossed both ways are swapped', () => {
  const item = restatementItem(
    'My boiler service was arranged for Tuesday at your Park Road depot, and this morning an email said it is postponed to Thursday. I had already taken the day off.',
    [
      ['arranged', ['Tuesday']],
      ['postponed', ['Thursday', 'postponed']],
      ['depot', ['Park Road']],
      ['day-off', ['day off']],
    ],
  );
  const j = judge.judge(
    item,
    'So the service was first arranged for Thursday and we postponed it to Tuesday at Park Road, after you took the day off. I understand how you feel. Is that right?',
    'en',
  );
  expect(j.criteria.filter((c) => c.detail === 'swapped-weekday').length).toBe(2);
  expect(j.verdict).toBe('fail');
  const right = judge.judge(
    item,
    'So the service was first arranged for Tuesday at Park Road and we postponed it to Thursday, after you took the day off. I understand how you feel. Is that right?',
    'en',
  );
  expect(right.criteria.some((c) => c.status === 'contradicted')).toBe(false);
  expect(right.verdict).toBe('pass');
});

test('en: a value said in its own place and again for another fact is one wrong value, not a swap', () => {
  const item = restatementItem(
    'We checked in to your hotel on Friday and the massage we had booked for Saturday was cancelled without a word. I am so disappointed.',
    [
      ['checked-in', ['checked in', 'Friday']],
      ['massage', ['massage', 'Saturday']],
      ['cancelled', ['cancelled']],
    ],
  );
  const once = judge.judge(
    item,
    'So you checked in to the hotel on Friday and the massage you had booked for Friday was cancelled without a word. I understand how disappointing that is. Is that right?',
    'en',
  );
  expect(once.criteria.find((c) => c.id === 'massage')).toMatchObject({
    status: 'contradicted',
    detail: 'wrong-weekday',
  });
  expect(once.verdict).toBe('partial');
  // Both days given for each other stays a swap: poor.
  const both = judge.judge(
    item,
    'So you checked in to the hotel on Saturday and the massage you had booked for Friday was cancelled without a word. I understand how disappointing that is. Is that right?',
    'en',
  );
  expect(both.criteria.some((c) => c.detail === 'swapped-weekday')).toBe(true);
  expect(both.verdict).toBe('fail');
});

test("en: a count equal to a weekday's number (two, Tuesday) is not that day's place turned round", () => {
  const van = restatementItem(
    'Last Tuesday your van only stopped at two of the five villages on its round, and my mum waited at the shelter for an hour.',
    [
      ['villages', ['two of the five', 'two villages']],
      ['hour', ['an hour']],
    ],
  );
  const j = judge.judge(
    van,
    'Last Tuesday the van only stopped at two of the five villages, and your mum waited at the shelter for an hour. I am so sorry. Is that right?',
    'en',
  );
  expect(j.criteria.find((c) => c.id === 'villages')?.status).toBe('met');
});

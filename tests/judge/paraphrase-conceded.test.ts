import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import type { Judgement } from '../../src/judge/types.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const ownExcuses = (j: Judgement) => j.forbidden.filter((f) => f.category === 'own-excuse');

const cooker = restatementItem(
  '我在你们店买的电饭煲三百六，用了一周内胆涂层就掉了，客服说要我自己寄回去，邮费还得我出。',
  [
    ['price', ['三百六', '360']],
    ['week', ['一周', '一个星期']],
    ['coating', ['涂层']],
  ],
);

test('a clause set before a turn to "but I understand" (本来就 + a trait) caps it at partial', () => {
  const j = judge.judge(
    cooker,
    '您花三百六买的电饭煲，用了一周内胆涂层就掉了，还得自己出邮费寄回。这种涂层本来就容易磨损，不过我理解您生气。对吗？',
    'zh-Hans',
  );
  expect(j.verdict).toBe('partial');
  expect(ownExcuses(j).map((h) => h.phrase)).toEqual(['这种涂层本来就容易磨损']);
});

test('a clause opened by the turn right before the acknowledgement caps it at partial', () => {
  const j = judge.judge(
    cooker,
    '您花三百六买的电饭煲，用了一周内胆涂层就掉了，还得自己出邮费寄回。可是您一直用铁铲盛饭，我理解您生气。对吗？',
    'zh-Hans',
  );
  expect(j.verdict).toBe('partial');
});

test('a contrast inside the story told back before the acknowledgement is no excuse', () => {
  const j = judge.judge(
    cooker,
    '您花三百六买的电饭煲，用了一周内胆涂层就掉了，客服说要您寄回去，可是邮费还得您出，我理解您生气。对吗？',
    'zh-Hans',
  );
  expect(ownExcuses(j)).toEqual([]);
  expect(j.verdict).toBe('pass');
});

test("someone's words retold before the turn are the story, not the agent conceding", () => {
  const j = judge.judge(
    cooker,
    '您花三百六买的电饭煲，用了一周内胆涂层就掉了，客服还说要您自己出邮费寄回，不过我理解您生气。对吗？',
    'zh-Hans',
  );
  expect(ownExcuses(j)).toEqual([]);
});

const fridge = restatementItem('我喺你哋度買咗部雪櫃，三千蚊，用咗兩個禮拜就唔凍，啲餸全部壞晒。', [
  ['price', ['三千']],
  ['weeks', ['兩個禮拜', '兩個星期']],
  ['cold', ['唔凍', '唔夠凍']],
]);

test('Cantonese: a trait of the thing before 不過我明白 caps it at partial', () => {
  const j = judge.judge(
    fridge,
    '你買咗部三千蚊嘅雪櫃，用咗兩個禮拜就唔凍，啲餸壞晒。呢類雪櫃本身就易出事，不過我明白你好嬲。係咪咁？',
    'zh-Hans',
  );
  expect(j.verdict).toBe('partial');
});

const kettle = restatementItem(
  'The kettle I bought from you for £45 stopped boiling after a month. The shop told me it was limescale and refused to swap it. I am really fed up.',
  [
    ['price', ['£45', '45']],
    ['month', ['a month', 'four weeks']],
    ['boil', ['stopped boiling', "won't boil", 'stopped working']],
  ],
);

test('English: a clause conceded before "but I can see why" caps it at partial without our voice', () => {
  const j = judge.judge(
    kettle,
    "Your £45 kettle stopped boiling after a month and the shop wouldn't swap it. Kettles scale up quickly in this area, but I can see why you're fed up. Is that right?",
    'en',
  );
  expect(j.verdict).toBe('partial');
  expect(ownExcuses(j).map((h) => h.phrase)).toEqual(['Kettles scale up quickly in this area']);
});

test('English: what the shop said, retold before "but I can see", is the story', () => {
  const j = judge.judge(
    kettle,
    "Your £45 kettle stopped boiling after a month, and the shop said it was down to limescale, but I can see why you're fed up. Is that right?",
    'en',
  );
  expect(ownExcuses(j)).toEqual([]);
});

const curling = restatementItem(
  '我哋隊報咗冬季冰壺聯賽，交咗兩千蚊報名費。賽程將我哋三場都排喺星期三，但我報名嗰陣已經寫明星期三冇人得閒。',
  [
    ['fee', ['兩千']],
    ['three', ['三場']],
    ['wednesday', ['星期三', '禮拜三']],
    ['noted', ['寫明', '註明']],
  ],
);

test('a clause opened by the turn right after the acknowledgement caps it at partial', () => {
  const j = judge.judge(
    curling,
    '你哋交咗兩千蚊報聯賽，三場都排咗星期三，報名時已經寫明星期三唔得。我明白你好嬲，不過你報名嗰陣應該再打電話確認多次。係咪咁？',
    'zh-Hans',
  );
  expect(j.verdict).toBe('partial');
  expect(ownExcuses(j).map((h) => h.phrase)).toEqual(['不過你報名嗰陣應該再打電話確認多次']);
});

test('the turn after the acknowledgement that goes on with the customer’s story is no excuse', () => {
  const j = judge.judge(
    curling,
    '你哋交咗兩千蚊報聯賽，我明白你好嬲，不過三場都排咗星期三，你報名時已經寫明星期三唔得。係咪咁？',
    'zh-Hans',
  );
  expect(ownExcuses(j)).toEqual([]);
  expect(j.verdict).toBe('pass');
});

test('Taiwan Mandarin: 我了解 is the acknowledgement a clause before 不過 is set against', () => {
  const j = judge.judge(
    restatementItem(
      '你們上週來清洗水塔，收了兩千五。清完第二天水龍頭流出來的水還是黃的，我們全家都不敢用。',
      [
        ['when', ['上週']],
        ['fee', ['兩千五']],
        ['yellow', ['黃的', '變黃']],
        ['feeling', ['了解', '理解', '擔心']],
      ],
    ),
    '上週清水塔收了兩千五，清完第二天水還是黃的。那是你們家水管太舊，不是清洗的問題，不過我了解您擔心。對嗎？',
    'zh-Hans',
  );
  expect(j.verdict).toBe('partial');
  expect(ownExcuses(j).length).toBeGreaterThan(0);
});

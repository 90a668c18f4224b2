import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const contradicted = (item: ReturnType<typeof restatementItem>, answer: string) =>
  judge
    .judge(item, answer, /[a-z]{3}/i.test(answer) ? 'en' : 'zh-Hans')
    .criteria.filter((c) => c.status === 'contradicted')
    .map((c) => c.id);

test('一 after 每, 这, 同, 另, 头 or 最后 says which or each one, not a count', () => {
  const item = restatementItem(
    '我报的瑜伽课上了四次，老师换了三个，每个新老师都让我从头填一遍表。',
    [
      ['classes', ['四次', '4次']],
      ['teachers', ['换了三个', '三个老师']],
      ['forms', ['填一遍表', '重新填表']],
    ],
  );
  const right =
    '您的瑜伽课上了四次，老师换了三个，每来一个新老师就让您把表重新填一遍，最后一次还是这样，换谁都烦。对吗？';
  expect(contradicted(item, right)).toEqual([]);
  expect(contradicted(item, right.replace('换了三个', '换了一个'))).toEqual(['teachers']);
});

test('a count the customer gave as a part of a whole, said with the whole’s unit, is no wrong length', () => {
  const item = restatementItem(
    'The kiln room has been shut for three of the last ten weeks, and that is why I joined.',
    [
      ['shut', ['three of the last ten', 'three weeks']],
      ['why', ['why I joined', 'reason']],
    ],
  );
  expect(
    contradicted(
      item,
      "The kiln room's been closed three weeks out of the past ten, and that's the reason you joined. That's disappointing. Is that right?",
    ),
  ).toEqual([]);
});

test('快 or 大约 before a length near the customer’s is that length said roughly, not another one', () => {
  const item = restatementItem('押金交了二十天了还没退，当时说好一周内退。', [
    ['days', ['二十天', '20天']],
    ['promised', ['一周', '七天']],
  ]);
  expect(
    contradicted(item, '押金拖了快三个礼拜还没退，当初说好一周内退的，难怪您着急。对吗？'),
  ).toEqual([]);
  expect(
    contradicted(item, '押金拖了大约三个礼拜还没退，当初说好一周内退的，难怪您着急。对吗？'),
  ).toEqual([]);
  expect(
    contradicted(item, '押金拖了快两个月还没退，当初说好一周内退的，难怪您着急。对吗？'),
  ).not.toEqual([]);
});

test('a value a fact was met by, in a form the customer did not write, is that fact’s', () => {
  const item = restatementItem('我拿了她七十歲的相去整遺照，出嚟似廿歲咁。', [
    ['photo', ['七十歲', '七十大壽']],
    ['result', ['廿歲', '二十歲']],
  ]);
  expect(
    contradicted(
      item,
      '你畀咗張佢七十大壽嘅相做遺照，點知成品似二十歲咁，真係唔好意思。我講得啱唔啱？',
    ),
  ).toEqual([]);
});

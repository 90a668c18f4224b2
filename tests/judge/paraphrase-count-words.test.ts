import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const status = (item: ReturnType<typeof restatementItem>, answer: string, id: string) =>
  judge
    .judge(item, answer, answer.match(/\p{Script=Han}/u) ? 'zh-Hans' : 'en')
    .criteria.find((c) => c.id === id)?.status;

// The customer's number said before a hyphenated word reads as a bare number ("36 heat-proof
// tiles"); a count word in the answer says the same count of whatever it counts.
const tiles = restatementItem(
  'I ordered 36 heat-proof tiles for the fireplace and 6 ceramic-glazed ones for the hearth, and half of them came cracked.',
  [
    ['tiles', ['36', 'thirty-six']],
    ['hearth', ['6', 'six']],
    ['cracked', ['cracked']],
  ],
);

test('en: a bare number of the fact said in a count word ("three dozen", "half a dozen") is met', () => {
  const answer =
    'You ordered three dozen tiles for the fireplace and half a dozen glazed ones for the hearth, and half of them came cracked.';
  expect(status(tiles, answer, 'tiles')).toBe('met');
  expect(status(tiles, answer, 'hearth')).toBe('met');
});

test('en: a count word of another number is no restatement', () => {
  expect(
    status(tiles, 'You ordered two dozen tiles and half of them came cracked.', 'tiles'),
  ).not.toBe('met');
});

const cakes = restatementItem('我给公司年会订了二十四个月饼，送来的时候一半都压碎了。', [
  ['count', ['二十四', '24']],
  ['crushed', ['压碎', '碎']],
]);

test('zh: 两打 for the fact’s 二十四 is met', () => {
  expect(status(cakes, '您给年会订了两打月饼，送到时一半都压碎了，对吗？', 'count')).toBe('met');
});

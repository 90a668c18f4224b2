import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { valuesIn } from '../../src/judge/text/values.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const places = (text: string) =>
  valuesIn(text)
    .filter((v) => v.type === 'place')
    .map((v) => v.value);

test.each([
  ['把泳池课从周六挪到周三晚上'],
  ['從禮拜六改到禮拜三'],
  ['从早上等到晚上'],
  ['从上周五到现在'],
])('a day or a time after 从 is no place: %s', (text) => {
  expect(places(text)).toEqual([]);
});

test('a place after 从 is still one', () => {
  expect(places('从广州寄到北京')).toEqual(['广州']);
});

test('the day moved from, said by another word for the weekday, meets the fact', () => {
  expect(
    factStatus(
      judge,
      '上課前兩天突然把泳池課從禮拜六改到禮拜三晚上，我禮拜三要上班。',
      ['禮拜六改到禮拜三', '從週六'],
      '泳池課突然從星期六挪到星期三晚上，您星期三要上班，換作是我也會很不爽。對嗎？',
      'zh-Hans',
    ),
  ).toBe('met');
});

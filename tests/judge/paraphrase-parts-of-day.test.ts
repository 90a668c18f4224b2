import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { valuesIn } from '../../src/judge/text/values.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const read = (s: string) => valuesIn(s).map((v) => `${v.type}/${v.unit}=${v.value}`);

test('values: an English part of the day after a weekday, and noon or midnight, is a time', () => {
  expect(read('the sauna on Friday evening')).toContain('time/part=evening');
  expect(read('Tuesday night')).toContain('time/part=evening');
  expect(read('due at midday')).toEqual(['time/part=noon']);
  expect(read('parked there at night')).toEqual(['time/part=evening']);
  // A greeting or a habit is no time of the story.
  expect(read('good morning, I swim every morning')).toEqual([]);
});

test.each([
  [
    'another part of the same day',
    'So you booked the sauna for Friday morning and it was closed for cleaning. I understand you are annoyed. Is that right?',
    'contradicted',
  ],
  [
    'the same part in other words',
    'So you booked the sauna for Friday night and it was closed for cleaning. I understand you are annoyed. Is that right?',
    'met',
  ],
])('a restated weekday with its part of the day: %s', (_n, answer, status) => {
  const item = restatementItem(
    'I booked the sauna for Friday evening and when I came the place was closed for cleaning. I am annoyed.',
    [
      ['when', ['Friday evening']],
      ['closed', ['closed']],
    ],
  );
  expect(judge.judge(item, answer, 'en').criteria.find((c) => c.id === 'when')?.status).toBe(
    status,
  );
});

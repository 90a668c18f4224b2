import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const customer = 'They said forty minutes, but the tow took three and a half hours to reach us.';
const any = ['three and a half hours', '3.5 hours'];

test.each([
  ['It was 3½ hours before the tow got there.', 'met'],
  ['It was 4½ hours before the tow got there.', 'contradicted'],
])('a vulgar fraction is its value: %s → %s', (answer, status) => {
  expect(factStatus(judge, customer, any, `${answer} Is that right?`, 'en')).toBe(status);
});

test('a vulgar fraction standing alone is its words: "½ an hour" is half an hour', () => {
  expect(
    factStatus(
      judge,
      'The call centre kept me on hold for half an hour.',
      ['half an hour', '30 minutes'],
      'You were kept on hold for ½ an hour. Is that right?',
      'en',
    ),
  ).toBe('met');
});

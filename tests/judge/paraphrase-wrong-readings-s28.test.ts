import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const statusOf = (
  item: ReturnType<typeof restatementItem>,
  answer: string,
  id: string,
  lang: 'en' | 'zh-Hans',
) => judge.judge(item, answer, lang).criteria.find((c) => c.id === id);

test('a counted person of the company ("your two movers") acts for the company', () => {
  const item = restatementItem(
    'Your three fitters scratched the new worktop on Monday and then billed me £75 for the extra hour. I am furious.',
    [
      ['scratched', ['scratched']],
      ['monday', ['Monday']],
      ['billed', ['£75', '75']],
    ],
  );
  const answer =
    'So you scratched the new worktop on Monday and the fitters billed £75 for an extra hour. I understand you are furious. Is that right?';
  expect(statusOf(item, answer, 'scratched', 'en')).toMatchObject({
    status: 'contradicted',
    detail: 'swapped-actor',
  });
  const right =
    'So our fitters scratched the new worktop on Monday and then billed you £75 for the extra hour. I understand you are furious. Is that right?';
  expect(statusOf(item, right, 'scratched', 'en')?.status).toBe('met');
});

test('a wish for the act the customer told as done, with the act between ("like to pay the deposit"), is reversed', () => {
  const item = restatementItem(
    'We booked your hall for the christening on 9 June and we paid the £200 deposit in March. Now you say the hall is double-booked.',
    [
      ['hall', ['hall']],
      ['date', ['9 June', 'June 9']],
      ['deposit', ['deposit']],
      ['double', ['double-booked', 'double booked']],
    ],
  );
  const answer =
    'So the hall is double-booked for the christening on 9 June and you would like to pay the deposit to hold it? Is that right?';
  expect(statusOf(item, answer, 'deposit', 'en')).toMatchObject({
    status: 'contradicted',
    detail: 'wish-for-done',
  });
  // A wish for an act the customer did not tell as done stays met.
  const refund =
    'So you paid the deposit in March for 9 June and now the hall is double-booked, and you would like to get the deposit back. I am sorry. Is that right?';
  expect(statusOf(item, refund, 'deposit', 'en')?.status).toBe('met');
});

import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

const laptop = restatementItem(
  'I left my laptop at your repair desk on Monday and it came back with a cracked screen. I am so annoyed.',
  [
    ['item', ['laptop']],
    ['day', ['Monday']],
    ['damage', ['cracked screen', 'screen cracked']],
  ],
);
const cleaner = restatementItem(
  'I booked your cleaner to do the flat on Friday and she never came. I had guests that night.',
  [
    ['cleaner', ['cleaner']],
    ['day', ['Friday']],
    ['no-show', ['never came', 'did not come', 'no-show']],
  ],
);

test.each([
  [
    'a state said to be fine',
    laptop,
    'So your laptop came back from the repair desk on Monday and it was fine. Is that right?',
    'damage',
  ],
  [
    'a plan said to be kept',
    laptop,
    'So your laptop was repaired on Monday as promised. I understand you are annoyed. Is that right?',
    'damage',
  ],
  [
    'an event insisted on with emphatic "did"',
    cleaner,
    'So the cleaner did do the flat on Friday, she was just late. I understand. Is that right?',
    'no-show',
  ],
])('a story told with its problem taken away fails: %s', (_n, item, answer, fact) => {
  const j = judge.judge(item, answer, 'en');
  expect(j.criteria.find((c) => c.id === fact)).toMatchObject({
    status: 'contradicted',
    detail: 'told-as-fine',
  });
  expect(j.verdict).toBe('fail');
});

test('"fine" in the customer\'s own story, a question or a denied clause reverses nothing', () => {
  const item = restatementItem(
    'The engine is fine but the brakes squeal since your garage serviced the car on Tuesday.',
    [
      ['brakes', ['brakes squeal', 'squealing brakes']],
      ['when', ['Tuesday']],
    ],
  );
  const said = (answer: string) =>
    judge.judge(item, answer, 'en').criteria.filter((c) => c.detail === 'told-as-fine');
  expect(
    said('So the engine is fine, but the brakes squeal since the Tuesday service. Right?'),
  ).toEqual([]);
  expect(said('So since Tuesday the car is not okay. Is that right?')).toEqual([]);
  expect(said('So the service on Tuesday went okay?')).toEqual([]);
});

test('"did" as the verb itself ("did your windows") insists on nothing', () => {
  const item = restatementItem(
    'Your window cleaner came on Thursday to do the conservatory, and he left streaks on every pane. I am fed up.',
    [
      ['day', ['Thursday']],
      ['streaks', ['streaks', 'streaky']],
    ],
  );
  const j = judge.judge(
    item,
    'Our cleaner did your conservatory on Thursday and left streaks on every pane. I understand you are fed up. Is that right?',
    'en',
  );
  expect(j.criteria.find((c) => c.id === 'day')).toMatchObject({ met: true });
  expect(j.verdict).toBe('pass');
});

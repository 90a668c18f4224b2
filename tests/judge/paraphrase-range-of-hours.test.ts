import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { valuesIn } from '../../src/judge/text/values.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const read = (s: string) => valuesIn(s).map((v) => `${v.type}/${v.unit}=${v.value}`);

test('values: hours alone at the ends of a range are clocks; "till" is counted by nothing', () => {
  expect(read('booked from 2 to 6 for the party')).toEqual(['time/clock=2:00', 'time/clock=6:00']);
  expect(read('from two till half past four, then')).toEqual([
    'time/clock=2:00',
    'time/clock=4:30',
  ]);
  expect(read('the school 7 till 8 for jumping')).toEqual(['time/clock=7:00', 'time/clock=8:00']);
  // A range of a count stays a count; "ten to six" alone is a time of its own.
  expect(read('from 2 to 6 weeks')).not.toContain('time/clock=2:00');
  expect(read('two till')).not.toContain('quantity/till=2');
});

const hall = restatementItem(
  "The hall was booked from 2 to 6 for my son's party, but your caretaker locked up at 4:30 and we had to send everyone home. I'm mortified.",
  [
    ['booked', ['2 to 6', 'two to six', 'until 6', '6 pm']],
    ['locked', ['4:30', 'half four', 'half past four']],
    ['home', ['home', 'leave']],
  ],
);
const tail = 'so everyone had to go home. That must have been mortifying. Is that right?';

test('en: the end of a booked range and the time it really ended, swapped, are poor', () => {
  const j = judge.judge(
    hall,
    `You'd booked the hall from two till half past four for your son's party, and the caretaker locked up at six, ${tail}`,
    'en',
  );
  expect(j.criteria.find((c) => c.id === 'locked')?.status).toBe('contradicted');
  expect(j.verdict).toBe('fail');
});

test('en: the range told with "till" and in words, each end in its place, stays good', () => {
  const j = judge.judge(
    hall,
    `You'd booked the hall from two till six for your son's party, and the caretaker locked up at half past four, ${tail}`,
    'en',
  );
  expect(j.verdict).toBe('pass');
});

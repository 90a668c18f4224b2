import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

const LAPTOP = restatementItem(
  'You replaced my laptop battery on the 2nd for £95 and it already dies after an hour. I work from home and I lost a client call yesterday.',
  [
    ['battery', ['battery']],
    ['price', ['£95', '95', 'ninety-five']],
    ['dies', ['dies', 'an hour', 'one hour']],
    ['call', ['client call', 'lost a call']],
    ['feeling', ['I can see', 'I understand', 'sorry', 'frustrating']],
  ],
);
const feeling = (answer: string) =>
  judge.judge(LAPTOP, answer, 'en').criteria.find((c) => c.builtin === 'feeling');
const FACTS =
  'We replaced your laptop battery on the 2nd for £95, it already dies after an hour, and you lost a client call yesterday.';

test('"I can see" a record ("from the notes", "your repair here") names no feeling', () => {
  for (const seen of [
    'I can see from the notes that it was a standard cell.',
    'I can see your repair here on my screen.',
  ]) {
    expect(feeling(`${FACTS} ${seen} Is that right?`)?.met).toBe(false);
    expect(judge.judge(LAPTOP, `${FACTS} ${seen} Is that right?`, 'en').verdict).toBe('partial');
  }
});

test('"I can see" the customer\'s feeling or view still acknowledges it', () => {
  for (const seen of ['I can see why that is so frustrating.', 'I can see how worrying that is.']) {
    expect(feeling(`${FACTS} ${seen} Is that right?`)?.met).toBe(true);
  }
});

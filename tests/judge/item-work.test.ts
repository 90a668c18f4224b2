// Work that depends on the item alone is done once per item, however many answers come back to it
// (counted, never timed): a class of sheets judges the same item thousands of times.
import { expect, test } from 'vitest';
import { createJudge, toldReads } from '../../src/judge/free-text.js';
import { doerStoryReads } from '../../src/judge/paraphrase/customer-as-doer.js';
import { wideWordingReads } from '../../src/judge/text/criterion-patterns.js';
import { normalisations } from '../../src/judge/text/normalise.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

test("a restatement item's fact wordings and the customer's story are read once for all its answers", () => {
  const item = restatementItem('The receptionist cancelled my appointment and nobody told me.', [
    ['cancelled', ['appointment was cancelled', 'cancelled my appointment']],
    ['told', ['nobody told you', 'no one told you']],
  ]);
  const answers = [
    'So you cancelled the appointment and nobody told you?',
    'So you cancelled your booking and no one let you know, is that right?',
    'You cancelled it yourself and heard nothing?',
    'So the appointment got dropped without a word to you?',
  ];
  const wordings = wideWordingReads();
  const stories = doerStoryReads();
  const statuses = answers.map(
    (a) => judge.judge(item, a, 'en').criteria.find((c) => c.id === 'cancelled')?.status,
  );
  // The customer never cancelled: told back as their own act, the fact is contradicted.
  expect(statuses.slice(0, 3)).toEqual(['contradicted', 'contradicted', 'contradicted']);
  expect(wideWordingReads() - wordings).toBeLessThanOrEqual(2);
  expect(doerStoryReads() - stories).toBe(1);
  // Judged again, nothing of the item is read again.
  const again = wideWordingReads();
  const storiesAgain = doerStoryReads();
  const texts = normalisations();
  for (const a of answers) judge.judge(item, a, 'en');
  expect(wideWordingReads()).toBe(again);
  expect(doerStoryReads()).toBe(storiesAgain);
  // Each answer is normalised, and the words of each of its hits with what comes before them
  // (wish-for-done.ts: answer work, two per met fact); the facts' phrases, denied by the customer,
  // are not normalised again for each answer (they were: 24 when these answers met fewer facts).
  expect(normalisations() - texts).toBeLessThanOrEqual(
    answers.length * (1 + 2 * item.criteria.length),
  );
});

test("the customer's words a forbidden phrase is compared with are read once for all the answers", () => {
  const item = restatementItem('I waited two weeks and nobody called me back about my refund.', [
    ['waited', ['two weeks', 'waited']],
    ['no-call', ['nobody called', 'no one called']],
  ]);
  const answers = [
    'Calm down. So you waited two weeks and nobody called you back?',
    'That is our policy, so you waited two weeks and no one called?',
    'Calm down, you waited two weeks for a call about the refund?',
    'It is not my job, but you waited two weeks and nobody called?',
  ];
  judge.judge(item, 'So you waited two weeks and nobody called you back?', 'en');
  const reads = toldReads();
  const hits = answers.map((a) => judge.judge(item, a, 'en').forbidden.length);
  expect(hits.every((n) => n > 0)).toBe(true);
  // Once for the item (it was once per answer with a hit).
  expect(toldReads() - reads).toBe(1);
});

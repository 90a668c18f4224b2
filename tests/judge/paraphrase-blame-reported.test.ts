import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const lashes = restatementItem(
  'Half of my lash extensions fell out by Tuesday, and when I went back the manager said I must have rubbed my eyes and refused to redo them.',
  [
    ['fell-out', ['fell out', 'by Tuesday']],
    ['refused', ['refused to redo', "wouldn't redo"]],
  ],
);

test("en: blame told back as the story's person's words is not the agent's blame", () => {
  const j = judge.judge(
    lashes,
    "So half fell out by Tuesday; the manager put it down to you rubbing your eyes and wouldn't redo them. Is that right?",
    'en',
  );
  expect(j.forbidden).toEqual([]);
});

test("en: the same blame in the agent's own voice still counts", () => {
  const j = judge.judge(
    lashes,
    "So half fell out by Tuesday and the manager wouldn't redo them, but that's down to you rubbing your eyes. Is that right?",
    'en',
  );
  expect(j.forbidden.map((h) => h.category)).toContain('blame');
});

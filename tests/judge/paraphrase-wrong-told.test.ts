import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

test("a wrong value is shown beside the customer's value for that fact, not the first of its kind", () => {
  const item = restatementItem(
    'We open at 9am. Your engineer promised to come at 10:30am and only turned up at 1pm, so I lost a morning of trade. I am furious.',
    [
      ['open', ['open at 9am', 'open at nine']],
      ['due', ['10:30am', 'half ten']],
      ['came', ['1pm', 'one o’clock']],
      ['trade', ['lost a morning of trade', 'lost trade']],
    ],
  );
  const j = judge.judge(
    item,
    'So you open at 9am, the engineer promised to come at 11:30am and only turned up at 1pm, and you lost a morning of trade. No wonder you are furious. Is that right?',
    'en',
  );
  const due = j.criteria.find((c) => c.id === 'due');
  expect(due?.status).toBe('contradicted');
  expect(due?.said).toContain('11:30');
  expect(due?.expected).toContain('10:30');
});

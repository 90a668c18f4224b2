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

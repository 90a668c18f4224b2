import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

const story = '我上周在你们店修了手表，花了六百。拿回来第二天就又停了，店员说是我自己摔的。';
const item = restatementItem(story, [
  ['watch', ['手表']],
  ['paid', ['六百', '600']],
  ['stopped', ['又停了', '停了']],
]);
const feeling = (answer: string) =>
  judge.judge(item, answer, 'zh-Hans').criteria.find((c) => c.id === 'feeling')?.met;
const facts = '您上周在我们店修了手表，花了600，拿回来第二天又停了，店员还说是您自己摔的。';

test('a feeling named first and then understood ("…这种滋味，我能体会") is acknowledged', () => {
  expect(feeling(`${facts}钱花了表还是不走，心里发堵，这我能体会。我说得对吗？`)).toBe(true);
  expect(feeling(`${facts}被冤枉成这样，我懂。我说得对吗？`)).toBe(true);
});

test('"I see" on its own, 我明白了, or 理解 in the check acknowledges nothing', () => {
  expect(feeling(`${facts}我明白。我说得对吗？`)).toBe(false);
  expect(feeling(`${facts}好的，我明白了。我理解得对吗？`)).toBe(false);
});

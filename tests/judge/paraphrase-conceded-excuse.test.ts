import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { concededExcuses } from '../../src/judge/paraphrase/en-conceded-excuse.js';
import { normalise, prepareAnswer } from '../../src/judge/text/index.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

const KETTLE =
  'The kettle I bought from you three weeks ago leaks from the base and tripped our fuse box twice. It cost £45 and the shop refused to swap it.';
const kettle = restatementItem(KETTLE, [
  ['leaks', ['leaks', 'leaking']],
  ['fuse', ['fuse', 'tripped']],
  ['price', ['£45', '45', 'forty-five']],
  ['refused', ['refused', "wouldn't swap", 'would not swap']],
]);
const excusesIn = (answer: string) => concededExcuses(prepareAnswer(answer), normalise(KETTLE));
const FACTS =
  'Your £45 kettle from three weeks ago leaks from the base and has tripped the fuses twice, and the shop refused to swap it';

test('a concession of how things are in general, after the facts, caps it at partial', () => {
  for (const turn of [
    ', though kettles do leak once the seal dries out',
    ', although cheap kettles usually last about a year',
    ', but that is normal in limescale areas',
    ', which is hardly our fault',
  ]) {
    const answer = `${FACTS}${turn}. I can see why you're annoyed. Is that right?`;
    expect(excusesIn(answer)).toHaveLength(1);
    expect(judge.judge(kettle, answer, 'en').verdict).toBe('partial');
  }
});

test("a concession that is the customer's own story, or a fact of it, is no excuse", () => {
  for (const turn of [
    ', though you had kept the receipt',
    ', even though it is always switched off at night',
    ', but the engineer said these things happen',
    ', but the base was never dry',
  ]) {
    const answer = `${FACTS}${turn}. I can see why you're annoyed. Is that right?`;
    expect(excusesIn(answer)).toEqual([]);
    expect(judge.judge(kettle, answer, 'en').verdict).toBe('pass');
  }
});

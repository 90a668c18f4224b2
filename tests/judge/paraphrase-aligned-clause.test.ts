import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

test.each([
  [
    'a later word of the wording, the verb told in another',
    'I sent my wool coat to be dry-cleaned and the dye ran into the collar. I want a refund.',
    ['dye ran into the collar', 'colour ran'],
    'So the coat came back from cleaning with its colour bleeding into the collar, and you want a refund. Is that right?',
  ],
  [
    'two words of the clause, the event in other words',
    'The boiler broke on Saturday and your emergency number went to voicemail all day.',
    ['voicemail', 'nobody answered'],
    'So the boiler broke on Saturday and every time you tried our emergency number you got a recorded message. Is that right?',
  ],
  [
    'missing told as not there',
    'The flat-pack wardrobe arrived on Monday but one shelf was missing.',
    ['shelf was missing', 'no shelf'],
    'So the wardrobe came on Monday, but a shelf wasn\u2019t in the box. Is that right?',
  ],
  [
    'a count with its thing in another form',
    'I ordered two canvas prints for my mum, and one canvas arrived with a scratch across it.',
    ['two canvas prints', '2 canvas prints'],
    'So you ordered two canvases for your mum, and one came with a scratch across it. Is that right?',
  ],
])('a fact whose clause is retold in own words is met: %s', (_n, customer, any, answer) => {
  expect(factStatus(judge, customer, any, answer, 'en')).toBe('met');
});

test.each([
  [
    'its noun with another modifier',
    'The silver bracelet I bought from you on Friday has already tarnished.',
    ['silver bracelet'],
    'So the gold bracelet you bought from us on Friday has already tarnished. Is that right?',
  ],
  [
    'a one-word wording replaced, only its clause said',
    'I ordered the Thai set menu from your restaurant on Friday and it took two hours to come.',
    ['Thai'],
    'So you ordered the Indian set menu from our restaurant on Friday and it took two hours. Is that right?',
  ],
  [
    'only the opening check shares its word',
    'Within a fortnight the leaves of the fig tree had turned yellow.',
    ['turned yellow', 'yellow leaves'],
    'If I\u2019ve got it right, the fig tree you bought has dropped all its fruit. Is that right?',
  ],
])('a clause that does not retell the fact leaves it open: %s', (_n, customer, any, answer) => {
  expect(factStatus(judge, customer, any, answer, 'en')).not.toBe('met');
});

import { describe } from 'vitest';
import { flagsAs, staysClean } from './phrases-helpers.js';

// After blind round 2026-12n's first run (tuned): a refusal followed by what the agent has already
// set aside for the customer, or by a proposal put to them as a question, offers a way forward.

describe('a refusal then something set aside for the customer to choose from is not a dead end', () => {
  staysClean([
    "We can't repair it, I'm afraid. I've set aside a similar model for you to look at.",
    "Sorry, we couldn't get that fabric again, so I've kept two close matches for you.",
    'The blue one has gone, but I have reserved the grey for you until Friday.',
    '这个型号没办法再订到了,我挑了两款差不多的,明天您来看看好吗?',
    '呢隻布冇辦法再入貨,我揀咗兩隻差唔多嘅,你聽日過嚟揀下好嗎?',
  ]);
  flagsAs('refusal', ["We couldn't find your file.", '没办法。', '这个型号没办法再订到了。']);
});

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

// After blind round 2026-12m's first run (tuned): advice to try first and then choose, and a
// promise that something harmful will not happen, are not orders or refusals.
describe('您应该先试…再决定 is a recommendation; 您应该先排队 stays an order', () => {
  staysClean(['您应该先试戴一下再决定要哪个尺码。', '您應該先試聽一堂課,看看合不合適再報名。']);
  flagsAs('order', ['您应该先去排队。', '您应该先付钱再说。']);
});

describe('a promise that harm will not happen (leaks, children left alone) is not a refusal', () => {
  staysClean([
    '您的病历资料我们绝对不会外流。',
    '我们不会让老人单独下车,一定有人陪着。',
    '您的联系方式我们不会提供给任何第三方。',
  ]);
  flagsAs('refusal', ['我们不会给您换。']);
});

// After blind round 2026-12n's first run (tuned): "Nope, <a name> is …" answers with the fact.
describe('"No"/"Nope" followed by a fact about a named thing answers a yes/no question', () => {
  staysClean([
    'Nope, Gate 12 is for the Edinburgh flight; yours boards at Gate 9.',
    'No, Room B is the quiet carriage, the bikes go in Room D.',
  ]);
  flagsAs('refusal', ['Nope.', 'Nope, sorry.']);
});

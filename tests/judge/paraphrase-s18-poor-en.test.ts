import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { valuesIn } from '../../src/judge/text/values.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const grade = (customer: string, criteria: [string, string[]][], answer: string) =>
  judge.judge(restatementItem(customer, criteria), answer, 'en').verdict;

test('a count said without its noun counts what the count before it in the sentence counts', () => {
  const said = valuesIn('They trimmed it to three feet when you had asked for six, and left.');
  expect(said.map((v) => [v.unit, v.value])).toEqual([
    ['feet', '3'],
    ['feet', '6'],
  ]);
  // A number with a determiner before it, or a noun after it, is not such a count.
  expect(valuesIn('You bought four tickets and those two were lost.').length).toBe(1);
});

const roses: [string, string[]][] = [
  ['ordered', ['twelve roses', '12 roses', 'a dozen']],
  ['sent', ['twenty', '20']],
  ['wedding', ['wedding', 'Saturday']],
  ['feeling', ['sorry', 'understand', 'frustrating']],
  ['check', ['is that right', 'right?']],
];
const rosesSaid =
  'I ordered twelve white roses for my wedding on Saturday and the florist delivered twenty, and charged me for all of them.';

test('what was asked for and what came, told the other way round, are swapped values: poor', () => {
  expect(
    grade(
      rosesSaid,
      roses,
      'So you ordered twenty roses for the wedding on Saturday and the florist sent twelve, and charged for all of them? I understand. Is that right?',
    ),
  ).toBe('fail');
  expect(
    grade(
      rosesSaid,
      roses,
      'So the florist brought twenty roses for your Saturday wedding when you had ordered twelve, and billed you for every one. I understand how frustrating that is. Is that right?',
    ),
  ).toBe('pass');
});

const usual: [string, string[]][] = [
  ['bill', ['£390', '390']],
  ['usual', ['£45', '45']],
  ['feeling', ['worried', 'understand']],
  ['check', ['is that right']],
];
const usualSaid =
  'My gas bill for January came to £390. It is usually around £45 and nobody has been living there.';

test('the usual value and this one given for each other are swapped: poor', () => {
  expect(
    grade(
      usualSaid,
      usual,
      'So the January bill is £45 though normally it is £390, and nobody lives there. I understand you are worried. Is that right?',
    ),
  ).toBe('fail');
});

const moved: [string, string[]][] = [
  ['moved', ['moved', 'switched', 'changed']],
  ['days', ['Monday', 'Wednesday']],
  ['fee', ['£80', '80']],
  ['feeling', ['annoying', 'understand', 'sorry']],
  ['check', ['is that right', 'have I got that right']],
];
const movedSaid =
  'You moved my pottery class from Monday to Wednesday without asking, and I paid £80 for the term. I work on Wednesdays.';

test('a change told the other way round (from B to A for from A to B) is a swap: poor', () => {
  expect(
    grade(
      movedSaid,
      moved,
      'So we moved your class from Wednesday to Monday without asking, after you paid £80 for the term. I understand. Is that right?',
    ),
  ).toBe('fail');
  expect(
    grade(
      movedSaid,
      moved,
      'So your £80 pottery term was switched from Monday to Wednesday without anyone asking you, and you work Wednesdays. I am sorry, that is annoying. Have I got that right?',
    ),
  ).toBe('pass');
});

const renewal: [string, string[]][] = [
  ['renewed', ['3 March', 'March']],
  ['charged', ['£60', '60']],
  ['letter', ['letter', 'reminder']],
  ['feeling', ['annoying', 'understand']],
  ['check', ['is that right']],
];
const renewalSaid =
  'I renewed my allotment plot online on 3 March, but the council still sent me a letter saying I owe £60. I am annoyed because I have the receipt.';

test('a fact the customer told as done, told back as not done, is denied: poor', () => {
  const j = judge.judge(
    restatementItem(renewalSaid, renewal),
    "So you haven't renewed your plot yet and the council wrote to say you owe £60. I understand it's annoying. Is that right?",
    'en',
  );
  expect(j.criteria.find((c) => c.id === 'renewed')?.detail).toBe('denied-for-done');
  expect(j.verdict).toBe('fail');
  // What the customer denied themselves, told back denied, is their story.
  expect(
    grade(
      renewalSaid,
      renewal,
      "So you renewed online on 3 March, yet the council's letter says you owe £60 and hasn't taken your receipt into account. I understand it's annoying. Is that right?",
    ),
  ).toBe('pass');
});

const kiln: [string, string[]][] = [
  ['pots', ['twelve pots', '12 pots']],
  ['cracked', ['cracked']],
  ['fee', ['£90', '90']],
  ['feeling', ['gutted', 'understand', 'sorry']],
  ['check', ['is that right']],
];
const kilnSaid =
  'I paid £90 to have twelve pots fired in your kiln, and every one of them came back cracked. I am gutted.';

test.each([
  'Kilns are always a bit unpredictable, but I understand you are gutted',
  'Our glazes sometimes react like that with new clay, but I understand you are gutted',
  'That is just how our firing schedule works, I am afraid, but I understand you are gutted',
])('an excuse or rule of the agent set before the feeling caps a full restatement: %s', (own) => {
  const j = judge.judge(
    restatementItem(kilnSaid, kiln),
    `So you paid £90 for twelve pots to be fired and all of them came back cracked. ${own}. Is that right?`,
    'en',
  );
  // The agent's own excuse, or (en-excuse.ts) the fault told as what kilns always do: a precedent.
  expect(j.forbidden.some((h) => h.category === 'own-excuse' || h.act === 'dismissal')).toBe(true);
  expect(j.verdict).toBe('partial');
});

test('the story told back or the feeling before "but" is no excuse of the agent', () => {
  for (const said of [
    'So you paid £90 and we fired your twelve pots, but all of them came back cracked. I am so sorry, I understand you are gutted. Is that right?',
    'So twelve pots, £90, all cracked. I know that is gutting, but is that right?',
  ]) {
    const j = judge.judge(restatementItem(kilnSaid, kiln), said, 'en');
    expect(j.forbidden).toEqual([]);
    expect(j.verdict).toBe('pass');
  }
});

test('the feeling said as agreeing with the complaint ("You\'re right, how annoying") keeps its penalty', () => {
  const agreeing = judge.judge(
    restatementItem(kilnSaid, kiln),
    "You're right, that's just so annoying. So you paid £90 for twelve pots to be fired and all of them came back cracked. Is that right?",
    'en',
  );
  expect(agreeing.forbidden.length).toBeGreaterThan(0);
  expect(agreeing.verdict).toBe('partial');
});

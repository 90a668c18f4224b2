import { expect, test } from 'vitest';
import { feelingCheck, feelingsInTheirPlace } from '../../src/judge/paraphrase/restate.js';
import { prepareAnswer } from '../../src/judge/text/index.js';

// A participle of a WordNet verb of feeling after an empathy frame (one with any one word in
// it: "any traveller would be …") is the feeling in the trainee's own words; the same frame
// before a fact is not.
test.each([
  ["That's unnerving, with a baby in the car.", true],
  ["I'd be disheartened too.", true],
  ['That must be so disconcerting.', true],
  ['No wonder your nerves are frayed.', true],
  ['Any traveller would be furious.', true],
  ['Any seat would be fine for you.', false],
  ["That's booked for Tuesday.", false],
  ['That was delivered to the wrong flat.', false],
  ["That's scheduled for the morning.", false],
  ["It's natural to be puzzled and anxious about that.", true],
  ["It's understandable to feel let down.", true],
  ["It's natural to book early.", false],
  // The feeling waved away is not acknowledged.
  ["You shouldn't worry so much.", false],
  ["You don't need to be upset about it.", false],
  ['You must be so worried.', true],
])('feeling: %s → %s', (text, met) => {
  expect(feelingCheck(prepareAnswer(text)).met).toBe(met);
});

// The feeling check and the feelings excused in the customer's place read the answer's frames
// once between them: each sees what it would have found alone, in either order.
test('feeling: frames read once for both readers of one answer', () => {
  const text = "You've waited all week. What a rotten start. I'd be furious too.";
  const alone = feelingsInTheirPlace(prepareAnswer(text)).map((m) => m.pattern);
  expect(alone).toEqual(['i would be … furious']);
  const answer = prepareAnswer(text);
  expect(feelingCheck(answer).detail).toBe('what a … rotten');
  expect(feelingsInTheirPlace(answer).map((m) => m.pattern)).toEqual(alone);
});

test.each([
  'I can hear how much this matters to you.',
  'I can hear how tiring it is to keep chasing this.',
  'What a nightmare.',
])('a feeling heard or exclaimed in own words: "%s"', (said) => {
  const answer = prepareAnswer(`So your website has been down since 6am. ${said} Is that right?`);
  expect(feelingCheck(answer).met).toBe(true);
});

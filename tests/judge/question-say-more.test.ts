import { expect, test } from 'vitest';
import { classifyQuestion } from '../../src/judge/question/index.js';

// "say more" asks the customer to describe, with or without a measure word in between; asking
// whether something can be said ("say whether…") stays a yes/no question.
test.each([
  ['Could you say a little more about the smell in the room?', 'open'],
  ['Can you say a bit more about what the driver told you?', 'open'],
  ['Would you say something more about the second visit?', 'open'],
  ['Can you say whether the parcel was signed for?', 'closed'],
])('%s → %s', (text, verdict) => {
  expect(classifyQuestion(text).verdict).toBe(verdict);
});

// After "what", a determiner opens a clause whose object "what" is ("what the app showed"):
// the customer describes it. Ending on a copula, the clause names the one fact asked for.
test.each([
  ['Tell me what the phone displayed when the update stopped.', 'open'],
  ['Could you tell me what the store manager said about the refund?', 'open'],
  ['Could you tell me what your booking reference is?', 'closed'],
  ['Can you tell me what the renewal date was?', 'closed'],
])('%s → %s', (text, verdict) => {
  expect(classifyQuestion(text).verdict).toBe(verdict);
});

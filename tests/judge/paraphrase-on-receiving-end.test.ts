import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const categories = (customer: string, answer: string) =>
  judge
    .judge(restatementItem(customer, [['f', ['parcel']]]), answer, 'en')
    .forbidden.map((h) => h.category);

const parcel =
  "My parcel was due on Monday and never came. Nobody emailed me about the delay, and now it's too late for my nephew's birthday. I'm so disappointed.";

test('en: what the customer was due after "should have" (having, a passive of telling) is no blame', () => {
  expect(
    categories(
      parcel,
      "So the parcel due Monday never came, you should have had an email about the delay and didn't, and now it's too late for the birthday. I'm sorry. Is that right?",
    ),
  ).toEqual([]);
  expect(
    categories(
      parcel,
      "So the parcel due Monday never came and it's too late for the birthday. You should have been told about the delay, and I'm sorry. Is that right?",
    ),
  ).toEqual([]);
  expect(
    categories(
      parcel,
      "So the parcel due Monday never came, you never got a word about the delay, and it's too late for the birthday. I'm sorry. Is that right?",
    ),
  ).toEqual([]);
});

test('en: hindsight with a verb the customer does is still blame', () => {
  expect(
    categories(
      parcel,
      "So the parcel due Monday never came and it's too late for the birthday. You should have checked the tracking, but I'm sorry. Is that right?",
    ),
  ).toContain('blame');
});

const exam =
  "I sat my driving theory test on the 4th and now the centre says my result was lost. I need it for my practical on the 20th. I'm panicking.";

test("en: the business's news told back with 'we've told you' is the story, not impatience", () => {
  expect(
    categories(
      exam,
      "You took the theory test on the 4th, we've now told you the result has gone missing, and you need it for your practical on the 20th. I can tell you're panicking. Have I got that right?",
    ),
  ).toEqual([]);
});

test('en: the agent saying it again stays impatience', () => {
  expect(
    categories(
      exam,
      "You took the theory test on the 4th and the result has gone missing. As I told you, it's being looked into. I can tell you're panicking. Have I got that right?",
    ),
  ).toContain('impatience');
});

const ring =
  "I left my grandmother's ring with you for cleaning in May and now you say it's been lost. It was the only thing I had from her. I'm devastated.";

test("en: a loss 'that can't be replaced' beside the feeling is acknowledged, not refused", () => {
  expect(
    categories(
      ring,
      "So your gran's ring came to us in May for a clean and we've lost it, the one thing you had from her. That can't be replaced, and I'm so sorry. Have I got that right?",
    ),
  ).toEqual([]);
});

test('en: a refused service in the same sentence as an apology is still a refusal', () => {
  expect(
    categories(
      ring,
      "So your gran's ring came to us in May for a clean and we've lost it, the one thing you had from her. The cleaning fee can't be refunded, I'm so sorry. Have I got that right?",
    ),
  ).toContain('refusal');
});

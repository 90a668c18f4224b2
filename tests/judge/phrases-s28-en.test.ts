import { describe } from 'vitest';
import { modelClean, modelFlags } from './phrases-helpers.js';

// Session 28 (issue 11, English): acts read by structure — who repeats in "how many times", a
// question whose answer is the customer's fault or ignorance, certainty about an outcome the agent
// does not control, the trouble rated small with its effect denied, and regret opening news on the
// customer's own case with nothing after it. Each flagged or cleared here was judged the other way
// before the session.

describe('"how many times" counts events unless the agent repeats itself', () => {
  modelClean('a count of the trouble asked for', [
    'How many times has the alarm gone off this week?',
    'How many times a day do you feed the puppy?',
  ]);
  modelFlags('impatience', ['How many times do I have to say the shop shuts at six?']);
});

describe("a question whose answer is the customer's fault or ignorance", () => {
  modelFlags('confrontation', [
    "Do you have any idea how many orders we've had today?",
    'And whose fault is it that the keys were left in the door?',
    "Didn't you read the care label before you washed it?",
  ]);
  modelClean('the same shape with the agent acting after it', [
    "Didn't you get our text before you set off? I'm sorry, I'll resend it now.",
  ]);
});

describe('certainty about an outcome the agent does not control', () => {
  modelFlags('false-reaction', [
    "Your mortgage offer will come through by Friday, I'm certain of it.",
    'The bruise will fade in a day or two, nothing to worry about at all.',
    "Don't worry, I can promise the ferry will sail even if the wind picks up.",
    "That roof will pass the survey. I'd stake my reputation on it.",
  ]);
  modelClean('a condition on it, or the agent acting', [
    "If the paperwork is in order, the mortgage offer will come through by Friday, I'm certain of it.",
    "We'll replace the bruised fruit today, nothing to worry about.",
  ]);
});

describe('the trouble rated small, then its effect denied', () => {
  modelFlags('dismissal', [
    'The lid is slightly scratched. The cat is hardly going to mind.',
    "The label is a touch crooked, it won't change anything about the jam.",
  ]);
  modelClean('the agent acting on it', ["It's only a dent, so we'll knock it out for you today."]);
});

describe("regret opening news on the customer's own case, with nothing after it", () => {
  modelFlags('refusal', [
    'Unfortunately your deposit was kept by the landlord.',
    'Sorry, your tickets for Saturday were released back into general sale.',
  ]);
  modelClean('the agent acting after it', [
    "Unfortunately your deposit was kept by the landlord, but I'll raise it with the deposit scheme today.",
    "Sorry, your parcel is running a day late and will arrive on Thursday; I'll text you when it's out.",
  ]);
});

describe("a thing left in our care as the subject: bad news on the customer's case, not blame", () => {
  modelFlags('refusal', ['The painting you left with us warped in the damp store room.']);
  modelFlags('blame', ['The cello you left with us was fine, you dropped it on the way out.']);
});

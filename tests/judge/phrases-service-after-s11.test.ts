import { describe, expect, it } from 'vitest';
import { hostileQuestions } from '../../src/judge/question/index.js';
import { modelClean, modelFlags } from './phrases-helpers.js';

// Session 11 (issue 11, precision): what follows a clause, or the clause's role, turns a
// flagged act into service. Each class stays clean with the service after it, and its contrast
// with nothing of the kind after it stays flagged. Sentences written for this test.

describe('a checking question followed at once by the agent offering to verify', () => {
  modelClean('the agent checks, so the question does not doubt', [
    'Are you sure you sent it to the old address? I can look up the courier’s records for you.',
    'Are you certain you ordered the large one? Let me pull up the order.',
  ]);
  modelFlags('doubt', [
    'Are you sure you posted it? The depot shows nothing.',
    'Are you sure you cancelled it? We will have to bill you for the month.',
  ]);
});

describe('"why didn’t you…" followed by good news for the customer', () => {
  const surprise = 'Why didn’t you say it was your anniversary? The champagne is on the house.';
  const reproach = 'Why didn’t you mention the allergy? The dish is already made.';
  modelClean('a surprise, not a reproach', [surprise]);
  modelFlags('confrontation', [reproach]);
  it('the hostile-question judge reads the sentence after too', () => {
    expect(hostileQuestions(surprise)).toEqual([]);
    expect(hostileQuestions(reproach).map((h) => h.act)).toEqual(['blame']);
  });
});

describe('"as I said" introducing the agent’s own promise', () => {
  modelClean('the agent repeats its promise', [
    'As I said, we will replace the kettle free of charge.',
    'Like I said, I’ll send you a new card this week.',
  ]);
  modelFlags('impatience', ['As I said, you have to bring it in.']);
});

describe('invitations to choose or bring that are permissions, not orders', () => {
  modelClean('a free choice, or the whole requirement told as information', [
    'Pick any seat in the front row.',
    'Bring your booking code, that’s all we need.',
  ]);
  modelFlags('dismissal', ['They’re all the same, just pick any.']);
  modelFlags('order', ['Bring the form back signed, we won’t accept it otherwise.']);
});

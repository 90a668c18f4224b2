import { describe, expect, test } from 'vitest';
import { structureAct } from '../../src/judge/phrases/en-structure.js';
import { foldForPhrases } from '../../src/judge/phrases/phrase-patterns.js';
import { modelFlags } from './phrases-helpers.js';

// Session 12 (issue 11): a reply-model flag says the act its sentence names by structure or by
// the agent's load said in it, not the act classifier's guess from n-grams.

describe('the agent’s load said is the dismissal “I’m busy right now”', () => {
  modelFlags('dismissal', ['snowed under here rn, cant look at your refund']);
});

describe('the customer’s wish echoed back as a question is confrontation', () => {
  modelFlags('confrontation', ['You expect the bike serviced while you wait?']);
});

describe('structureAct names what the structure carries', () => {
  const act = (text: string) => structureAct(foldForPhrases(text).text);
  test.each([
    ['That’s the council’s rule, I’m just applying it.', 'policy-shield'],
    ['I’m only the messenger here.', 'passing-the-buck'],
    ['I doubt the parcel was left on the step.', 'doubt'],
    ['As I said, the refund takes ten days.', 'impatience'],
    ['Every other climber manages the overhang fine.', 'dismissal'],
    ['Why did not you check the size chart first?', 'confrontation'],
    ['Did you really post the form before the deadline?', 'doubt'],
  ])('%s → %s', (text, expected) => {
    expect(act(text)).toBe(expected);
  });
  test('a bare verb opening a sentence names no act', () => {
    expect(act('Pick whatever frame you like.')).toBeUndefined();
  });
});

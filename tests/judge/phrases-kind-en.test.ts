import { describe, expect, test } from 'vitest';
import { blankKindEn } from '../../src/judge/phrases/en-kind.js';
import { modelClean, modelFlags } from './phrases-helpers.js';

// Session 12 (issue 11): a "you" or a "no" that is kind gives the reply model's gate no charge.

describe('the agent’s guess at how the customer feels is empathy', () => {
  modelClean('you must be + a feeling', [
    'You must be so relieved the cat turned up — she is back home and eating well.',
    'You must be shattered after the night shift — your locker key is at reception.',
    'You must have been really worried when the boiler stopped.',
  ]);
  modelFlags('blame', ['You must be confused, we never sent that letter.']);
});

describe('nothing taken of what the customer wants, then the grant, is good news', () => {
  modelClean('a "no" of availability', [
    'No one has reserved the pavilion yet, so it is yours for the party.',
    'Nobody else is using the kiln this afternoon, so you can fire your pots.',
  ]);
});

describe('the agent busy with the customer’s own matter is a hold', () => {
  modelClean('busy with yours', [
    'I’m busy with your refund now, it’ll be finished in two minutes.',
  ]);
});

describe('blankKindEn keeps what judges, identifies or requires', () => {
  test.each([
    'you must be confused about the date.',
    'you must be joking.',
    'you must be the new tenant.',
    'you must be registered to vote.',
    'you must be accompanied by an adult.',
    'nobody has complained about the lane app, so you are the first.',
    'i am busy with another customer.',
  ])('%s', (s) => {
    expect(blankKindEn(s)).toBe(s);
  });
  test('a feeling is blanked, its sentence keeps its length', () => {
    const s = 'you must be so relieved it turned up.';
    const out = blankKindEn(s);
    expect(out).not.toContain('you');
    expect(out).toHaveLength(s.length);
  });
});

describe('a guess at who the customer is, then a greeting, is the agent receiving them', () => {
  modelClean('you must be + a name, then welcome', [
    "You must be Mrs Patel - welcome, your lesson's all set up.",
    'You must be Mrs Okafor, hello, your fitting is in room two.',
  ]);
  test('the guess with no greeting after it stays for the gate to read', () => {
    const s = 'you must be mrs patel, who booked twice and never came.';
    expect(blankKindEn(s)).toBe(s);
  });
});

import { describe, expect, test } from 'vitest';
import { detectPhrases } from '../../src/judge/phrases/index.js';
import { modelClean, modelFlags, resources } from './phrases-helpers.js';

// Session 29 (issue 11, English): who acts and what the "no" binds. The agent binding itself for the
// customer ("never … without your say-so", "you won't be left…") protects; the same "no" refusing
// the customer's request still refuses. Each cleared here was flagged before the session.

describe('a "no" of will held until the customer agrees protects them', () => {
  modelClean('the act waits on their consent', [
    "We never print a member's photo without their say-so, so yours stays off the noticeboard.",
    "We won't swap your tutor without asking you first; Mr Okafor stays on Thursdays.",
  ]);
  modelFlags('dismissal', [
    'We never refund a course without a receipt.',
    "We never move a lesson without the head teacher's approval.",
  ]);
});

describe('"you won\'t be left…": the agent vouching for its own conduct', () => {
  modelClean('a harm of neglect denied', [
    "You won't be left out of pocket: the hotel bill goes on our account.",
    "You won't be left on your own with the landlord, our caseworker joins the meeting on Friday.",
    "You won't be left without heating over the weekend.",
  ]);
  modelFlags('refusal', ["You won't be refunded for the missed lesson, I'm afraid."]);
});

describe('"your call" after a verb or a preposition is the phone call', () => {
  modelClean('the call noted or thanked for', [
    "I've logged your call and the plumber will ring you before noon.",
    'Thanks for your call this morning; the new filter went out today.',
  ]);
  modelFlags('dismissal', ["Honestly, that's your call, I don't mind either way."]);
});

describe('the customer advised to go up to a boss themselves', () => {
  modelFlags('send-to-manager', [
    'Your best bet is to email the area manager, she signs off goodwill payments.',
    "Best phone the practice manager on Monday, it's her decision.",
  ]);
  modelClean('the agent going up, or a contingency', [
    "I'll ring the store manager now and call you back in ten minutes.",
    'If you need anything else, ask the duty manager at reception.',
  ]);
});

describe("the customer's dissatisfaction as the condition of a send-off", () => {
  // The act within the category is the classifier's to name (a send-off to a manager or to anyone).
  test('the customer is sent off: the buck passed', () => {
    const hits = detectPhrases(
      "If you're not happy with the ruling, go and find the club secretary.",
      resources.phraseLists,
      resources.replyModel,
    );
    expect(hits.map((h) => h.category)).toContain('passing-the-buck');
  });
  modelClean('a need as the condition', ['If you need a receipt, go and see the front desk.']);
});

describe('a kind of job refused as "not something we do"', () => {
  modelFlags('refusal', [
    "Sorry, ceramic hobs aren't something we repair.",
    "Tandem kayaks weren't something our centre could take on this season.",
  ]);
  modelClean('a turn to another way, or no act of ours refused', [
    "Ceramic hobs aren't something we repair, but Kellner's on Mill Road do, and I can pass your details on.",
    "It isn't something we charge for.",
  ]);
});

describe("the customer's own thing gone, sent back or turned away, with nothing after", () => {
  modelFlags('refusal', [
    'Just a quick note: your recording slot on Thursday has gone.',
    "Your parcel of seed potatoes came back to us marked 'not known at this address'.",
    'Your rug was turned away by the cleaners because the backing had perished.',
  ]);
  modelClean('the way on after it, or a gone that goes on', [
    "Your recording slot on Thursday has gone, but I've held Friday at ten for you.",
    'Your transfer has gone through.',
  ]);
});

describe("the customer cut off or put off under the agent's load", () => {
  modelFlags('false-reaction', [
    "Sorry, I'm going to have to stop you there, there's a queue behind you.",
  ]);
  modelFlags('confrontation', [
    "I'm the only one in today, so your refund will just have to wait.",
  ]);
  modelClean('the agent waiting with the customer', [
    "We'll just have to wait for the insurer's answer, and I'll ring you the moment it comes.",
  ]);
});

import { describe, expect, test } from 'vitest';
import { modelOnlyHit } from '../../src/judge/phrases/detect.js';
import {
  opensOnOrder,
  questionsCustomer,
  statesByStructure,
} from '../../src/judge/phrases/en-structure.js';
import { detectPhrases, foldForPhrases } from '../../src/judge/phrases/index.js';
import { resources } from './phrases-helpers.js';

// The reply model's gate (docs/reply-model.md, step 2 and 3) reads English structure beside
// "no", "you" and the listed cues: a sentence opening on a bare order, a question predicated on
// the customer's act, a contrast that disowns the matter ("…, not ours"). Session 11, issue 11.

const folded = (text: string) => foldForPhrases(text).text;
const model = resources.replyModel;
const modelActs = (text: string) =>
  detectPhrases(text, resources.phraseLists, model)
    .filter((h) => h.by === 'model')
    .map((h) => h.act);
/** The model and its gate alone, as on a wording no list holds. */
const gateAlone = (text: string) =>
  model ? modelOnlyHit(text, resources.phraseLists, model)?.act : undefined;

describe('an order opening the sentence on a bare verb', () => {
  test.each([
    'Wrap the vase in bubble wrap and ship it back to us.',
    'Okay, just post the spare keys through our letterbox tonight.',
    'Look, re-send the invoice with the right address on it.',
    // -ing and -ly after no vowel of a stem are the verb's own letters, not a participle or adverb
    'Bring the warranty card in on Saturday.',
    'Apply the voucher again at the till.',
  ])('%s opens on an order', (text) => {
    expect(opensOnOrder(folded(text))).toBe(true);
  });

  test.each([
    'Carry on, I am writing it all down.',
    'Let us know which day suits you.',
    'Thanks for the photos of the damage.',
    'Bookings open again on Monday.',
    'Noted down, the engineer has your number.',
    'Enjoy the rest of your stay.',
  ])('%s does not', (text) => {
    expect(opensOnOrder(folded(text))).toBe(false);
  });

  test('the model flags it with no "you" and no "no" in it; its request form stays clean', () => {
    expect(modelActs('Wrap the vase in bubble wrap and ship it back to us.')).toContain('order');
    expect(gateAlone('Rinse the filter under the tap and stop phoning about it.')).toBe('order');
    expect(modelActs('Follow the signs to car park C and the studio is opposite.')).toEqual([]);
    expect(modelActs('Head to the front desk and Anna will hand you the keys.')).toEqual([]);
  });
});

describe('a question predicated on the customer’s own act or wish', () => {
  test.each([
    'Why didn’t you measure the doorway before buying the sofa?',
    'Hmm, did you even water the plant while we were away?',
    'What exactly did you expect from a second-hand piano?',
    'Are you sure you locked the shed after the mower was delivered?',
    'What, you expect the carpet fitted by tomorrow morning?',
  ])('%s attacks', (text) => {
    expect(questionsCustomer(folded(text))).toBe(true);
  });

  test.each([
    'Did you get a chance to read the leaflet?',
    'Are you sure you want to cancel the lesson?',
    'Why don’t we move the fitting to Friday instead?',
    'You want the blue one, is that right?',
    'What time did you want to collect it?',
    'Have you actually had the confirmation email yet?',
  ])('%s asks', (text) => {
    expect(questionsCustomer(folded(text))).toBe(false);
  });

  test('the model’s flag stands in it; a real question stays clean', () => {
    expect(modelActs('Why didn’t you measure the doorway before buying the sofa?')).toHaveLength(1);
    expect(gateAlone('Hmm, did you really lock the shed after the mower was delivered?')).toBe(
      'doubt',
    );
    expect(
      gateAlone('Are you sure you locked the shed after the mower was delivered?'),
    ).toBeDefined();
    expect(modelActs('Did you get a chance to read the leaflet?')).toEqual([]);
    expect(modelActs('Why don’t we move the fitting to Friday instead?')).toEqual([]);
  });
});

describe('a contrast setting the matter against the agent’s own side', () => {
  test('"…, not ours" disowns it; a value corrected by a contrast is information', () => {
    expect(gateAlone('That is the removal firm’s headache, not ours.')).toBeDefined();
    expect(gateAlone('Blocked drains are the landlord’s concern, not mine.')).toBeDefined();
    expect(gateAlone('The deposit is two hundred pounds, not three.')).toBeUndefined();
  });
});

describe('a statement whose structure carries the act: repeating, precedent, busy elsewhere', () => {
  test.each([
    'As I explained earlier, the deposit covers two nights only.',
    'Like we have already said, the showroom shuts at six.',
    'Every other tenant manages with the shared bins just fine.',
    'Thousands of riders have used this saddle without a problem.',
    'That is how the surgery has always run its appointments.',
    'I am in the middle of someone else’s consultation, so come back after four.',
  ])('%s', (text) => {
    expect(statesByStructure(folded(text))).toBe(true);
  });

  test.each([
    'Every other Tuesday the mobile library parks outside the school.',
    'For thirty years the bakery has always baked on site.',
    'Most of our guests arrive after six, so the desk stays open late.',
    'I am halfway through your paperwork, two more minutes.',
    'As requested, the spare key is at reception.',
  ])('%s is information', (text) => {
    expect(statesByStructure(folded(text))).toBe(false);
  });

  test('the model’s flag stands with no "no", no "you" and no listed word', () => {
    for (const text of [
      'Every other tenant manages with the shared bins just fine.',
      'Thousands of riders have used this saddle without a problem.',
      'That is how the surgery has always run its appointments.',
      'I am in the middle of someone else’s consultation, so come back after four.',
    ])
      expect(gateAlone(text), text).toBeDefined();
    expect(gateAlone('For thirty years the bakery has always baked on site.')).toBeUndefined();
  });

  test('repeating held against the customer is a listed phrase now: flagged whatever the model says', () => {
    expect(modelActs('As I explained earlier, the deposit covers two nights only.')).toEqual([]);
    expect(
      detectPhrases(
        'As I explained earlier, the deposit covers two nights only.',
        resources.phraseLists,
      ).map((h) => h.act),
    ).toEqual(['impatience']);
  });
});

describe('the agent shrinking its part to a role, and bad news negated by degree', () => {
  test('"…, I’m only enforcing it" is a policy shield with no "no" in it', () => {
    expect(statesByStructure(folded('That is the council’s rule, I’m only enforcing it.'))).toBe(
      true,
    );
    expect(statesByStructure(folded('I’m just checking the stock for you now.'))).toBe(false);
    expect(modelActs('That’s the council’s rule, I’m only enforcing it.')).toHaveLength(1);
  });

  test('"not too late" is good news, whatever the model reads in it', () => {
    expect(
      modelActs('No, that isn’t too late, we accept changes right up to Thursday noon.'),
    ).toEqual([]);
    expect(modelActs('Nope, that’s not too late — we take flower orders until 9pm.')).toEqual([]);
  });
});

describe('the agent doubting what the customer reports happened', () => {
  test('disbelief in something past is charged; a doubt about what will be forecasts', () => {
    expect(
      statesByStructure(
        folded('I find it rather hard to believe the mower broke on its first outing.'),
      ),
    ).toBe(true);
    expect(statesByStructure(folded('I’d be surprised if our fitter left the tap running.'))).toBe(
      true,
    );
    expect(
      statesByStructure(
        folded('I doubt the rain will last past noon, so the tour should go ahead.'),
      ),
    ).toBe(false);
    expect(gateAlone('I find it rather hard to believe the mower broke on its first outing.')).toBe(
      'doubt',
    );
    expect(modelActs('I doubt the rain will last past noon, so the tour should go ahead.')).toEqual(
      [],
    );
    // Praise of our own side is no verdict the gate reads ("Yeah, our chef is amazing.").
    expect(modelActs('Yeah, our chef is amazing.')).toEqual([]);
  });
});

import { describe } from 'vitest';
import { modelClean, modelFlags } from './phrases-helpers.js';

// Session 26 (English): structure and general resources, each rule named by its class of language
// and pinned here in words and domains of its own.

describe("a fault put down to an act of someone of the customer's (a WordNet person noun)", () => {
  modelFlags('blame', [
    'The fence leans because your gardener dug the post holes too shallow.',
    'The alarm kept going off because your lodgers propped the fire door open.',
    'The order went astray because your assistant typed the postcode wrong.',
  ]);
  modelClean('a thing as the actor, a passive, a request, or who they are', [
    'The payment failed because your card reached its limit.',
    'The parcel went to the office because your assistant was given the wrong address by our courier.',
    'Your appointment is at ten because your doctor requested a morning slot.',
    'It is cheaper because your kids are under twelve.',
  ]);
});

describe('precedent by every case the house has handled over years', () => {
  modelFlags('dismissal', [
    'Every boiler we have fitted in twenty years has had the flue on the left.',
    'All the gowns I have altered over the last ten years have come with a side zip.',
  ]);
  modelClean('a recent run of cases, or the practice with the agent’s own step after it', [
    'Every booking we have made this week has been confirmed.',
    'Every room we have painted in twenty years has had two coats, and I will make sure yours gets them too.',
  ]);
});

describe("the customer's wish echoed against a deadline before or by a day close at hand", () => {
  modelFlags('impatience', [
    'You want all twelve curtains hemmed before Saturday?',
    'You expect the entire garden cleared by lunchtime?',
  ]);
  modelClean('the echo as a check before the agent acts', [
    'You would like the boiler serviced before Thursday? I will check the diary now and ring you back within the hour.',
  ]);
});

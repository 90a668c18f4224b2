import { describe } from 'vitest';
import { flagsAs, modelClean, staysClean } from './phrases-helpers.js';

// Session 11 (issue 11): the classes of the English misses the lists still had.

describe('the customer told not to contact the agent about the matter', () => {
  flagsAs('order', [
    'Don’t email us about the parking fines before the hearing.',
    'Do not phone us about the noise before Monday.',
  ]);
  staysClean([
    'Don’t call us, we’ll call you as soon as the part is in.',
    'You don’t need to call us again, the refund is already on its way.',
  ]);
});

describe('"don’t hesitate to…" invites: a courtesy formula, for the model’s gate too', () => {
  modelClean('an invitation to get in touch', [
    'Please don’t hesitate to get in touch if anything else comes up.',
    'If the tracking hasn’t moved by Friday, don’t hesitate to call us.',
  ]);
});

describe('busy said bare at the start of a clause, right before now or later', () => {
  flagsAs('dismissal', [
    'Slammed this afternoon, sorry. Give it another go later.',
    'Overloaded at the minute, mate.',
  ]);
  staysClean([
    'Busy tonight? We can deliver the cake after nine.',
    'Slammed this afternoon, but I’m checking your order now.',
  ]);
});

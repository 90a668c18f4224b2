import { describe } from 'vitest';
import { modelClean, modelFlags } from './phrases-helpers.js';

// A negative question that puts the customer's competence in doubt is a reproach, not a question.
describe('"do you not know how to…?" is confrontation', () => {
  modelFlags('confrontation', [
    'Do you not know how to tune a violin?',
    'Don’t you know how to pitch a tent?',
    'Can’t you remember your own booking date?',
  ]);
  modelClean('a negative question about a thing, or an offer to show how', [
    'Do you not have a receipt? I can look it up by card instead.',
    'Do you know how to reset it, or shall I walk you through it?',
  ]);
});

import { describe, expect, test } from 'vitest';
import { edgesOf, runOnStarts } from '../../src/judge/phrases/clause.js';
import { clauseTokens } from '../../src/judge/phrases/clause-features.js';
import { foldForPhrases } from '../../src/judge/phrases/phrase-patterns.js';
import { type ReplyModel, scriptLang, spanBuckets } from '../../src/judge/phrases/reply-model.js';
import { resources } from './phrases-helpers.js';

const lists = resources.phraseLists;

function context(text: string) {
  const f = foldForPhrases(text);
  const runOn = runOnStarts(f);
  const edges = edgesOf(f.text, runOn);
  return { t: f.text, runOn, edges };
}

/** The clause tokens of a whole reply, as the model reads it. */
function tokens(text: string): string[] {
  const { t, runOn, edges } = context(text);
  const list = lists.find((l) => l.lang === scriptLang(t));
  if (!list) throw new Error(`no list for ${text}`);
  return clauseTokens(t, 0, t.length, { list, runOn, edges });
}

describe('clause features of the reply model', () => {
  test('who acts and the polarity of each clause', () => {
    expect(tokens('I cannot refund the deposit on that booking.')).toContain('en:AagentN');
    expect(tokens('You did not sign the second page of the form.')).toContain('en:AcustomerN');
    expect(tokens('The shuttle leaves from gate four.')).toContain('en:AthirdP');
  });

  test('a negative clause with a way forward after it, and one without', () => {
    const bare = tokens('We cannot move your appointment to Monday.');
    expect(bare).toContain('en:FWDfalse');
    expect(bare).not.toContain('en:FWDtrue');
    const forward = tokens(
      'We cannot move your appointment to Monday. I can book you in for Tuesday at ten instead.',
    );
    expect(forward).toContain('en:FWDtrue');
  });

  test('a negated act done to the customer is marked apart from a refusal to act', () => {
    expect(tokens('We will not charge you for the missed delivery.')).toContain(
      'en:AagentNOBJnone',
    );
    expect(tokens('We are unable to reopen the ticket.')).not.toContain('en:AagentNOBJnone');
  });

  test('clause type and the first word of a sentence: a bare verb opens an order', () => {
    const order = tokens('Send the meter photo again.');
    expect(order).toContain('en:S0:send');
    expect(tokens('Could you send the meter photo again?')).toContain('en:Tquestion');
  });

  test('Chinese: a thanks answered with 不客气 / 别那么客气 is no negation', () => {
    expect(tokens('不用客气，应该的。')).not.toContain('zh-Hans:AagentN');
    expect(tokens('别这么客气，小事一桩。')).not.toContain('zh-Hans:AagentN');
    expect(tokens('这个我们退不了。')).toContain('zh-Hans:AagentN');
  });

  test('a model with clause features hashes them beside its n-grams; one without does not', () => {
    const { t, runOn, edges } = context('We cannot move your appointment to Monday.');
    const model = { bits: 18 } as ReplyModel;
    const ctx = { lists, runOn, edges: () => edges };
    const plain = spanBuckets(model, t, 0, t.length, ctx);
    const withClauses = spanBuckets({ ...model, clause: true }, t, 0, t.length, ctx);
    expect(withClauses.size).toBeGreaterThan(plain.size);
    for (const b of plain) expect(withClauses.has(b)).toBe(true);
  });
});

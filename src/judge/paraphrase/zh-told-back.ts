import { contentKeys } from '../text/content.js';
import { normalise } from '../text/index.js';
import type { Span } from '../types.js';
import { clauseAround } from './clauses.js';
import { clausesOf } from './retold-clause.js';

const HAN = /[\u3400-\u9fff]/;
/** Words that make a clause to the customer an instruction, not a retelling (您去问吧, 您得去). */
const ORDER = /吧|请|必须|得去|要去|应该|应当|需要|麻烦/;
/** Content characters the clause must share with one clause of the customer's own doing. */
const SHARED = 2;

const keysOf = (text: string) => new Set(contentKeys(normalise(text).text));

/**
 * A forbidden-phrase hit in a Chinese restatement that tells what the customer did, as the
 * customer told it: its clause speaks of 您/你 with no order in it and shares content
 * characters with a clause where the customer says 我 (您找客服 for 我找你们客服, 您去问挂号处 for
 * 挂号处让我…). Handed back, "you went to customer service" sends nobody anywhere.
 */
export function customersDoingToldBack(hit: Span, answer: string, customer: string): boolean {
  if (!HAN.test(answer)) return false;
  const at = clauseAround(answer, hit);
  const clause = answer.slice(at.start, at.end);
  if (!/[您你]/.test(clause) || /我/.test(clause) || ORDER.test(clause)) return false;
  const keys = keysOf(clause);
  const told = normalise(customer).text;
  return clausesOf(told).some((c) => {
    const theirs = told.slice(c.start, c.end);
    if (!/我/.test(theirs)) return false;
    const own = keysOf(theirs);
    return [...keys].filter((k) => own.has(k)).length >= SHARED;
  });
}

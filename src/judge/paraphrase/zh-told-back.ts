import { hasHan } from '../text/chars.js';
import { contentKeys } from '../text/content.js';
import { normalise } from '../text/index.js';
import type { Span } from '../types.js';
import { clauseAround, clausesOf } from './clauses.js';

/**
 * Words that make a clause to the customer an instruction, not a retelling (您去问吧, 您得去); 请 of
 * 请假, 请了人 hires or asks off, it gives no order.
 */
const ORDER = /吧|请(?![了过假客])|必须|得去|要去|应该|应当|需要|麻烦/;
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
  if (!hasHan(answer)) return false;
  const at = clauseAround(answer, hit);
  const clause = answer.slice(at.start, at.end);
  if (!/[您你]/.test(clause) || /我/.test(clause) || ORDER.test(clause)) return false;
  return aClauseShares(customer, keysOf(clause), (theirs) => /我/.test(theirs));
}

/** Does a clause of the customer's that passes `test` share SHARED content characters with `keys`? */
function aClauseShares(
  customer: string,
  keys: ReadonlySet<string>,
  test: (clause: string) => boolean,
): boolean {
  const told = normalise(customer).text;
  return clausesOf(told).some((c) => {
    const theirs = told.slice(c.start, c.end);
    return test(theirs) && new Set(contentKeys(theirs).filter((k) => keys.has(k))).size >= SHARED;
  });
}

/** The business as we (我们, 我哋) and as you (你们, 你哋), with a verb of saying after it. */
const WE_SAID = /我(?:们|哋)[^,.;:!?]{0,6}[说讲话称]/;
const YOU_SAID = /你(?:们|哋)[^,.;:!?]{0,8}[说讲话称]/;
const SAYING = /^[说讲话称]$/;

/**
 * A forbidden-phrase hit in a Chinese restatement that reports what the business said to the
 * customer (我们说要扣三次 for 你们说只能…扣掉三次再退): the hit says 我们…说, and its clause shares
 * content characters besides the verb of saying with a clause where the customer reports 你们…说.
 * The customer's report handed back in the business's voice tells nobody anything.
 */
export function businessSayingToldBack(hit: Span, answer: string, customer: string): boolean {
  if (!hasHan(answer)) return false;
  const at = clauseAround(answer, hit);
  const said = normalise(answer.slice(Math.min(at.start, hit.start), Math.max(at.end, hit.end)));
  if (!WE_SAID.test(normalise(answer.slice(hit.start, hit.end)).text)) return false;
  const keys = new Set(contentKeys(said.text).filter((k) => !SAYING.test(k)));
  return aClauseShares(customer, keys, (theirs) => YOU_SAID.test(theirs));
}

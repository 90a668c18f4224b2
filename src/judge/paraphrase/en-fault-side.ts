import type { Criterion } from '../../drills/schema.js';
import { hasHan } from '../text/chars.js';
import type { NormalisedText } from '../text/index.js';
import type { CriterionResult } from '../types.js';
import { CUSTOMER_SAYS, type Side, TRAINEE_SAYS } from './swapped-actor.js';

/** Whose fault a text says it was: "my fault", "our mistake", "blamed me", "your error". */
const FAULT =
  /\b(my|our|your)\s+(?:own\s+)?(?:fault|mistake|error)\b|\bblamed\s+(me|us|you)\b|\b(we|you)\s+(?:were|was)\s+(?:at fault|to blame)\b/g;

function sides(text: string, says: Readonly<Record<string, Side>>): Set<Side> {
  const out = new Set<Side>();
  for (const m of text.toLowerCase().matchAll(FAULT)) {
    const side = says[(m[1] ?? m[2] ?? m[3]) as string];
    if (side) out.add(side);
  }
  return out;
}

const ABOUT_FAULT = /fault|mistake|blam|error/i;

/**
 * The fault put on the other side ("our office admitted it was our mistake" for "your office
 * said it was my fault"): who was to blame is reversed, so the fact about it is contradicted
 * (English only).
 */
export function faultSide(
  facts: readonly CriterionResult[],
  criteria: readonly Criterion[],
  answer: NormalisedText,
  customer: NormalisedText,
): CriterionResult[] {
  if (hasHan(answer.text)) return [...facts];
  const told = sides(customer.original, CUSTOMER_SAYS);
  if (told.size !== 1) return [...facts];
  const said = sides(answer.original, TRAINEE_SAYS);
  if (said.size !== 1 || [...said][0] === [...told][0]) return [...facts];
  return facts.map((f) => {
    const c = criteria.find((k) => k.id === f.id);
    if (f.status === 'contradicted' || !c?.any.some((p) => ABOUT_FAULT.test(p))) return f;
    const { span: _span, detail: _detail, ...rest } = f;
    return { ...rest, met: false, status: 'contradicted', detail: 'fault-side' };
  });
}

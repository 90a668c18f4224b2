/**
 * "Full" as the result of filling something — a battery charged, a tank topped up, a tyre pumped
 * (电池充满了, 油加满了, Cantonese 叉满咗; "charged to full") — reports the agent's work done; only a
 * place or a list used up (订满了, 约满了, "the course is full") leaves the customer without a
 * slot. Folded text: simplified, lower case.
 */
export function filledUp(t: string, s: number, e: number): boolean {
  return FILLED.test(t.slice(Math.max(0, s - 1), e));
}

/** A verb of filling with 满 as its result, or "to full" as a filling's goal. */
const FILLED = /[充加灌注装倒斟蓄叉添]满|\bto full\b/;

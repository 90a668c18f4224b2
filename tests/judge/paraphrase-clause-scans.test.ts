// Work the clause readings save (counted, never timed): a text's clause ends are scanned once,
// however many clauses it has and however many readings ask for them, and the clauses are the
// ones clauseAround gives walking the text from its start.
import { expect, test } from 'vitest';
import { clauseAround, clauseEndScans, clausesOf } from '../../src/judge/paraphrase/clauses.js';
import { normalise } from '../../src/judge/text/index.js';

/** The clauses as clauseAround gives them, one place after another (what clausesOf reads). */
function walked(text: string) {
  const out: { start: number; end: number }[] = [];
  for (let at = 0; at < text.length; ) {
    const c = clauseAround(text, { start: at, end: at });
    if (c.end > at) out.push({ start: Math.max(c.start, at), end: c.end });
    at = Math.max(c.end, at) + 1;
  }
  return out;
}

const TEXTS = [
  'So you waited 12 days and nobody called you back, even though you left your number. That must be annoying. Did I get that right?',
  'You paid £7.84, but the app charged you twice — is that right?',
  ', and then, because it broke before the trip; so',
  'andrew sold the band',
  '您等了两个星期，可是没有人给您回电话，然后又被转了三次，对吗？',
  '师傅说修不好，但是后来又说可以修。',
  '',
  '.',
].map((t) => normalise(t).text);

test.each(TEXTS)('the clauses of %j are those clauseAround gives', (text) => {
  expect(clausesOf(text)).toEqual(walked(text));
});

test("a text's clause ends are scanned once for all its clauses and all its readers", () => {
  const text = normalise(
    'So you rang on Monday, and nobody answered, so you rang again after lunch, but the line was busy.',
  ).text;
  const before = clauseEndScans();
  const first = clausesOf(text);
  expect(first.length).toBeGreaterThan(3);
  expect(clausesOf(text)).toBe(first);
  expect(clauseEndScans() - before).toBe(1);
});

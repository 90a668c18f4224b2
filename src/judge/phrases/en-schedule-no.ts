/**
 * A factual "no" about when the service runs, answering the customer's yes/no question: "No, we
 * don't deliver on Sundays.", "Nope, the desk isn't open at weekends." The sentence opens on a bare
 * "no" and ends on the time the service does not run; it tells the customer the schedule, it
 * refuses them nothing. The same "we don't deliver on Sundays" said unasked, or a "no" with no
 * time after it ("No, we don't do refunds."), is left to the refusal's other tests. Folded text.
 */

/** A bare "no" opening the sentence, as an answer. */
const ANSWERS_NO = /^\W*(?:no|nope|nah)\s*[,;:.!-]/;

/**
 * A time the service does not run, closing the sentence: "on Sundays", "at weekends", "on bank
 * holidays", "over Christmas", "after six", "in the evenings".
 */
const WHEN =
  /\b(?:on\s+(?:[a-z]+days|weekends|bank\s+holidays|public\s+holidays)|at\s+(?:weekends|night)|over\s+(?:christmas|easter|the\s+holidays)|after\s+(?:\d{1,2}(?::\d\d)?(?:\s*[ap]m)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|midnight|dark|hours)|in\s+the\s+(?:evenings|mornings|afternoons|winter|summer))\s*[.!]*$/;

/** Is the sentence a "no" answering with the time the service does not run? */
export function scheduleNoEn(sentence: string): boolean {
  return ANSWERS_NO.test(sentence) && WHEN.test(sentence);
}

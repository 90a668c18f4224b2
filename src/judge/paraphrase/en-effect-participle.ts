/** Words before a participle that make it a noun: "what a morning", "that's a booking". */
const ARTICLES = new Set(['a', 'an', 'such']);
/** What may follow the participle and close its clause: a stop, a dash, "for you", the end. */
const CLOSES = /^(?:\s*[.,;:!?]|\s+[—–-]\s|\s*$|\s+for\s+(?:you|both of you|anyone|the\s+\w+)\b)/;

/**
 * A feeling named by what the situation does to the customer: a present participle standing as
 * the adjective that closes an empathy frame's clause ("that's gutting.", "that sounds really
 * deflating, …", "how galling"), whatever the verb. One with an object or a complement after it
 * is a verb ("that's holding up the build"), one after an article a noun ("what a morning"),
 * "-thing" a pronoun ("that's everything").
 */
export function effectParticiple(word: string, before: readonly string[], after: string): boolean {
  return (
    /^[a-z]{3,}ing$/.test(word) &&
    !word.endsWith('thing') &&
    !before.some((w) => ARTICLES.has(w)) &&
    CLOSES.test(after)
  );
}

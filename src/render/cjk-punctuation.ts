/**
 * Chinese text written with ASCII punctuation (`我不太清楚,但是……`, phrase-list suggestions typed on
 * an English keyboard) shown with full-width punctuation: a mark touching a Chinese character
 * becomes its full-width form, and " / " between Chinese alternatives becomes "／". Marks between
 * ASCII characters (3,000, A/B, "e.g.") stay as they are.
 */
const FULL: Record<string, string> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
};
const HAN = '\\p{Script=Han}|[\\u3000-\\u303f\\uff00-\\uffef…—“”]';
const BEFORE = new RegExp(`(?<=${HAN})\\s*([,;:?!)])\\s*`, 'gu');
const AFTER = new RegExp(`([,;:?!(])\\s*(?=${HAN})`, 'gu');
const ALTERNATIVES = new RegExp(`(?<=${HAN})\\s+/\\s+(?=${HAN})`, 'gu');

export function fullWidthPunctuation(text: string): string {
  if (!/\p{Script=Han}/u.test(text)) return text;
  return text
    .replace(BEFORE, (_m, mark: string) => FULL[mark]!)
    .replace(AFTER, (_m, mark: string) => FULL[mark]!)
    .replace(ALTERNATIVES, '／');
}

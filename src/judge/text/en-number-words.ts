/** English number words below twenty, at their value: EN_UNITS[7] is "seven". */
export const EN_UNITS: readonly string[] = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];

/** The tens at their value divided by ten: EN_TENS[6] is "sixty" (nothing below twenty). */
export const EN_TENS: readonly string[] = [
  '',
  '',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'seventy',
  'eighty',
  'ninety',
];

/** Each unit and tens word with its value: "seven" 7, "sixty" 60. */
export const EN_NUMBER_WORDS: readonly (readonly [string, number])[] = [
  ...EN_UNITS.map((w, n) => [w, n] as const),
  ...EN_TENS.slice(2).map((w, n) => [w, 20 + n * 10] as const),
];

/** Words before "couple of" or "pair of" that make it a count of two ("the last couple of boxes"). */
export const COUPLE_OF_AFTER: ReadonlySet<string> = new Set([
  'a',
  'the',
  'last',
  'past',
  'first',
  'next',
  'other',
  'those',
  'these',
  'your',
  'my',
  'our',
  'their',
]);

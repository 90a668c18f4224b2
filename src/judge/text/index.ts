/**
 * Shared text understanding for the free-text judges. Pure: no fs, no process.
 *
 * Exports (keep stable; other judges build on them):
 * - `normalise(text, { convert?, plainYou?, pairedQuotes?, dashAsComma?, keepNewlines? })`
 *   → `NormalisedText` { original, text, starts, ends, japanese, converted }: NFKC, lower
 *   case, punctuation folded (？→? 。→. ，、→, 〜～→~), Traditional → Simplified (skipped
 *   when the text has kana), katakana → hiragana, English contractions expanded, Chinese
 *   numerals before a measure word as digits, white space folded. `starts`/`ends` map every
 *   unit of `text` back to the original. `DETECTOR_FOLDS`: the options the phrase detector
 *   adds (您→你, “ ” kept apart, dashes as commas, line breaks kept). `detectorText(n)` and
 *   `plainYouText(n)`: those folds (and plainYou's) of an answer already normalised with the
 *   defaults, without normalising it again when they cannot change it.
 * - `originalSpan(n, start, end)` / `originalSlice(n, start, end)`: a normalised range
 *   back in the original answer.
 * - `compilePattern(pattern)` → `CompiledPattern` (cached per string); `findPattern(compiled,
 *   normalised)` → `PatternMatch` { span, normalisedStart, normalisedEnd, pattern } | null;
 *   `findAny(patterns, answer)`: earliest match of any; `matchCriterion(criterion, answer)`
 *   → `CriterionResult`. Patterns are literal phrases; "..." / "…" is a bounded gap
 *   (≤ 12 CJK characters, ≤ 5 words, never across a sentence end); Latin words match on
 *   word boundaries. No regular expressions from drill files; matching has no backtracking.
 * - `findPaired(frames, words, answer)`: "frame ... word" over all pairs, without compiling the product.
 * - `prepareAnswer(answer)`: normalise once, match many; `normalisedPattern(pattern, convert)`:
 *   a rubric phrase normalised once (from the compiled pattern's cache).
 * - `parseChineseNumeral(run)`, `expandContraction(word)`: the building blocks.
 * - `readCantonese(n)`: written-Cantonese sentences of normalised text read as Mandarin (边度 →
 *   哪里, 点解 → 为什么, 唔 → 不), every unit still mapped to the original.
 * - `detectScript(text)` → 'ja' | 'zh' | 'en'; `hasHan`, `hasKana`, `isCjk`, `isHan`, `isKana`, `isWordChar`.
 */
export { readCantonese } from './cantonese.js';
export {
  detectScript,
  hasHan,
  hasKana,
  isCjk,
  isHan,
  isKana,
  isWordChar,
  type Script,
} from './chars.js';
export { expandContraction } from './contractions.js';
export {
  type CompiledPattern,
  compilePattern,
  findAny,
  findPaired,
  findPattern,
  MAX_GAP_CJK_CHARS,
  MAX_GAP_WORDS,
  matchCriterion,
  normalisedPattern,
  type PatternMatch,
  prepareAnswer,
} from './criterion-patterns.js';
export {
  DETECTOR_FOLDS,
  detectorText,
  type NormalisedText,
  type NormaliseOptions,
  normalise,
  originalSlice,
  originalSpan,
  plainYouText,
} from './normalise.js';
export { parseChineseNumeral } from './numerals.js';

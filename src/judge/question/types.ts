import type { Span } from '../types.js';
import type { QuestionRule } from './rules.js';

export type QuestionType = 'open' | 'closed';

/** The verdict on one turn: the sentence judged, and the cue that decided it. */
export interface QuestionVerdict {
  verdict: QuestionType;
  /**
   * Machine-readable name of the deciding cue: a word ("what", "吗", "か"), or a family and
   * the word ("invitation:tell-me", "options:还是", "one-fact:when", "tag:right").
   */
  cue: string;
  /** The rule of docs/question-policy.md that decided (the cue's family). */
  rule: QuestionRule;
  /** False when no strong cue decided it (a trainer should look). */
  confident: boolean;
  /** The sentence judged, as the trainee wrote it. */
  question: string;
  /** Where that sentence is in the original text. */
  span: Span;
}

/** What a language's rules say about one sentence (normalised text). */
export interface Decision {
  verdict: QuestionType;
  cue: string;
  confident: boolean;
}

/** Language hint accepted by the classifier (drill languages plus the ones we understand). */
export type QuestionLang = 'zh-Hans' | 'zh-Hant' | 'zh' | 'en' | 'ja';

export const open = (cue: string, confident = true): Decision => ({
  verdict: 'open',
  cue,
  confident,
});
export const closed = (cue: string, confident = true): Decision => ({
  verdict: 'closed',
  cue,
  confident,
});

/** `text` without trailing characters from `chars` (a loop: a regex `[...]+$` is quadratic). */
export function trimEndOf(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1] as string)) end--;
  return text.slice(0, end);
}

import { detectFolded, type PhraseList } from './phrases/index.js';
import type { ReplyModel } from './phrases/reply-model.js';
import { hostileQuestions, type QuestionLang } from './question/index.js';
import { detectorText, normalise } from './text/index.js';
import type { PhraseHit } from './types.js';

/**
 * What `check` reports for one reply: the phrase hits, with every hostile question the question
 * judge finds ("What do you want now?", 你有什么毛病?) that no phrase hit already covers, in the
 * order of the text. The reply is normalised once for both judges (the detector's folds change
 * nothing in most replies). The eval measures this, so its figures are those of the product.
 */
export function replyProblems(
  text: string,
  lists: readonly PhraseList[],
  model: ReplyModel | undefined,
  lang?: QuestionLang,
): PhraseHit[] {
  const n = normalise(text);
  const hits = detectFolded(text, detectorText(n), lists, model);
  const hostile = hostileQuestions(n, lang).filter(
    (q) => !hits.some((h) => h.span.start < q.span.end && q.span.start < h.span.end),
  );
  if (hostile.length === 0) return hits;
  return [...hits, ...hostile].sort((a, b) => a.span.start - b.span.start);
}

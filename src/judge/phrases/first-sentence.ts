import { wayForward } from './acts.js';
import type { PhraseList } from './compile.js';
import { sentenceSpans } from './reply-model.js';

/**
 * The first sentence of folded text `t` that `carries` the act (read with the text `before` it) and
 * has no way forward after it, as a range: how a sentence-sized act found by structure stands or is
 * answered by what follows.
 */
export function firstStanding(
  t: string,
  list: PhraseList,
  runOn: ReadonlySet<number>,
  carries: (sentence: string, before: string) => boolean,
): [number, number] | undefined {
  const found = sentenceSpans(t, runOn).find(
    ([s, e]) => carries(t.slice(s, e), t.slice(0, s)) && !wayForward(t, e, e, list, runOn),
  );
  return found && [found[0], found[1]];
}

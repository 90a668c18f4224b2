import type { PhraseList } from '../judge/phrases/index.js';
import type { ReplyModel } from '../judge/phrases/reply-model.js';
import type { QuestionLang } from '../judge/question/index.js';
import { replyProblems } from '../judge/reply-problems.js';
import type { PhraseHit } from '../judge/types.js';
import { loadBundledResources } from '../shell/bundled-judge.js';

/** Which phrase list a --phrases value selects (Traditional Chinese is read through zh-Hans). */
export const LIST_FOR_LANG: Record<string, string> = {
  'zh-Hans': 'zh-Hans',
  'zh-Hant': 'zh-Hans',
  zh: 'zh-Hans',
  en: 'en',
  ja: 'ja',
};

/**
 * The hits of each reply, judged with the bundled lists (only --phrases' list when given): what
 * `check` runs on the main thread, and each of its worker threads on a share of a long file.
 */
export function checkReplies(
  texts: readonly string[],
  packageRoot: string,
  lang: string | undefined,
): PhraseHit[][] {
  const resources = loadBundledResources(packageRoot);
  const lists: readonly PhraseList[] = lang
    ? resources.phraseLists.filter((l) => l.lang === LIST_FOR_LANG[lang])
    : resources.phraseLists;
  const model: ReplyModel | undefined = resources.replyModel;
  return texts.map((text) => replyProblems(text, lists, model, lang as QuestionLang | undefined));
}

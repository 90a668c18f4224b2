import type { QuestionLang } from '../judge/question/index.js';
import { replyProblems } from '../judge/reply-problems.js';
import type { PhraseHit } from '../judge/types.js';
import { loadBundledResources } from '../shell/bundled-judge.js';

/** Which phrase list a --phrases value selects (Traditional Chinese is read through zh-Hans). */
export const LIST_FOR_LANG: Readonly<Record<string, string>> = {
  'zh-Hans': 'zh-Hans',
  'zh-Hant': 'zh-Hans',
  zh: 'zh-Hans',
  en: 'en',
  ja: 'ja',
};

/** What a `check` run judges with: the package's judges, and the one language asked for (all when unset). */
export interface CheckSetup {
  packageRoot: string;
  lang?: string;
}

/**
 * The problems of one reply, as `check` finds them, over the bundled phrase lists (only the
 * `lang` list when one is asked for) and reply model: the same on the main thread and on a worker.
 */
export function checkJudge(setup: CheckSetup): (text: string) => PhraseHit[] {
  const resources = loadBundledResources(setup.packageRoot);
  const { lang } = setup;
  const lists = lang
    ? resources.phraseLists.filter((l) => l.lang === LIST_FOR_LANG[lang])
    : resources.phraseLists;
  return (text) =>
    replyProblems(text, lists, resources.replyModel, lang as QuestionLang | undefined);
}

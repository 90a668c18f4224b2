import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FreeTextItem, Item, Lang } from '../drills/schema.js';
import { createJudge } from '../judge/free-text.js';
import type { JudgeResources } from '../judge/resources.js';
import { prepareConversion, toSimplified, toSimplifiedChar } from '../judge/text/convert.js';
import type { FreeTextJudge } from '../judge/types.js';
import { turnItem } from '../roleplay/turn-item.js';
import { phraseIndexFile, usePhraseIndexFile } from './phrase-index-file.js';
import { loadJudgeResources } from './phrase-list-files.js';

/** Where the build leaves the phrase lists, parsed, validated and compiled. */
export function compiledResourcesFile(packageRoot: string): string {
  return join(packageRoot, 'dist', 'drills', 'phrase-lists.json');
}

/**
 * The bundled phrase lists: from the build's compiled JSON (no YAML parsing or
 * pattern compiling at run time) with the detector's prebuilt word indexes, or from
 * drills/phrase-lists/*.yaml when there is no build.
 */
export function loadBundledResources(packageRoot: string): JudgeResources {
  const compiled = compiledResourcesFile(packageRoot);
  if (!existsSync(compiled)) return loadJudgeResources(join(packageRoot, 'drills'));
  const bytes = readFileSync(compiled);
  const resources = JSON.parse(bytes.toString('utf8')) as JudgeResources;
  usePhraseIndexFile(phraseIndexFile(packageRoot), bytes, resources.phraseLists);
  return resources;
}

/** The judge over the bundled phrase lists; its script converters are built on first use. */
export function bundledJudge(packageRoot: string): FreeTextJudge {
  return createJudge(loadBundledResources(packageRoot));
}

/** The judge, ready to answer at once: the script converters are built now, not on the first answer. */
export function openBundledJudge(packageRoot: string): FreeTextJudge {
  const judge = bundledJudge(packageRoot);
  prepareConversion();
  return judge;
}

/**
 * What the first judgements of a session would otherwise do after Enter, as separate steps (a
 * key typed meanwhile is echoed between two of them): build the script converters, then judge
 * each free-text item (and role-play turn) of the session once on its model answer, which builds
 * the phrase lists' indexes, compiles the item's patterns and warms the code a real answer takes;
 * the first of these judgements is the longest step. The judge is pure: the judgements are
 * dropped, and the real ones come out the same.
 */
export function warmUpSteps(
  judge: FreeTextJudge,
  items: readonly Item[],
  lang: Lang,
): (() => void)[] {
  const samples = items.flatMap((item): [FreeTextItem, string][] => {
    switch (item.kind) {
      case 'ask':
      case 'paraphrase':
      case 'rewrite':
        return [[item, item.model_answer]];
      case 'roleplay':
        return item.turns.map((turn) => [turnItem(item, turn), turn.model]);
      default:
        return [];
    }
  });
  return [
    () => toSimplified(''),
    () => toSimplifiedChar(''),
    ...samples.map(
      ([item, answer]) =>
        () =>
          void judge.judge(item, answer, lang),
    ),
  ];
}

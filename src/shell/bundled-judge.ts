import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createJudge } from '../judge/free-text.js';
import type { JudgeResources } from '../judge/resources.js';
import { prepareConversion } from '../judge/text/convert.js';
import type { FreeTextJudge } from '../judge/types.js';
import { loadJudgeResources } from './phrase-list-files.js';

/** Where the build leaves the phrase lists, parsed, validated and compiled. */
export function compiledResourcesFile(packageRoot: string): string {
  return join(packageRoot, 'dist', 'drills', 'phrase-lists.json');
}

/**
 * The bundled phrase lists: from the build's compiled JSON (no YAML parsing or
 * pattern compiling at run time), or from drills/phrase-lists/*.yaml when there is no build.
 */
export function loadBundledResources(packageRoot: string): JudgeResources {
  const compiled = compiledResourcesFile(packageRoot);
  return existsSync(compiled)
    ? (JSON.parse(readFileSync(compiled, 'utf8')) as JudgeResources)
    : loadJudgeResources(join(packageRoot, 'drills'));
}

/**
 * The judge, ready to answer at once: the script converters are built here, where `start`
 * opens the judge while the first prompt is on screen, not on the first answer after Enter.
 */
export function openBundledJudge(packageRoot: string): FreeTextJudge {
  const judge = createJudge(loadBundledResources(packageRoot));
  prepareConversion();
  return judge;
}

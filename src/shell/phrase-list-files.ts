import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CliError } from '../errors.js';
import {
  type JudgeResources,
  type PhraseListSource,
  parsePhraseLists,
  withReplyModel,
} from '../judge/resources.js';

/** Reads drills/phrase-lists/forbidden.*.yaml under `drillsDir`; problems become a CliError. */
export function loadJudgeResources(drillsDir: string): JudgeResources {
  const dir = join(drillsDir, 'phrase-lists');
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((n) => /^forbidden\.[A-Za-z-]+\.ya?ml$/.test(n))
      .sort();
  } catch (error) {
    throw new CliError({
      code: 'phrase-lists-missing',
      file: dir,
      message: `cannot read the phrase lists: ${(error as Error).message}`,
    });
  }
  if (names.length === 0) {
    throw new CliError({
      code: 'phrase-lists-missing',
      file: dir,
      message: 'no forbidden.<lang>.yaml phrase lists found',
    });
  }
  const sources: PhraseListSource[] = names.map((n) => {
    const file = join(dir, n);
    return { file, text: readFileSync(file, 'utf8') };
  });
  const modelFile = join(dir, 'reply-model.json');
  const model = existsSync(modelFile)
    ? { file: modelFile, text: readFileSync(modelFile, 'utf8') }
    : undefined;
  const result = withReplyModel(parsePhraseLists(sources), model);
  if (!result.ok) throw new CliError(result.problems);
  return result.resources;
}

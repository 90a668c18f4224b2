import { parseYaml } from '../drills/yaml-source.js';
import type { Problem } from '../errors.js';
import { compilePhraseList, type PhraseList } from './phrases/compile.js';
import { type ReplyModel, replyModelProblem } from './phrases/reply-model.js';
import { PhraseListFile } from './phrases/schema.js';

/** What the free-text judges need besides the item: the shared phrase lists, compiled. */
export interface JudgeResources {
  /** One per language file (zh-Hans, en, ja); all of them are applied to every answer. */
  phraseLists: PhraseList[];
  /** The learned second opinion of `check` (drills/phrase-lists/reply-model.json), if any. */
  replyModel?: ReplyModel;
}

export interface PhraseListSource {
  /** Shown in problems, e.g. "drills/phrase-lists/forbidden.en.yaml". */
  file: string;
  text: string;
}

export type ParseResources =
  | { ok: true; resources: JudgeResources }
  | { ok: false; problems: Problem[] };

const MAX_BYTES = 2 * 1024 * 1024;

/** Parses and compiles phrase-list YAML (failsafe schema: every scalar a string). Pure. */
export function parsePhraseLists(sources: readonly PhraseListSource[]): ParseResources {
  const problems: Problem[] = [];
  const phraseLists: PhraseList[] = [];
  for (const { file, text } of sources) {
    if (text.length > MAX_BYTES) {
      problems.push({
        code: 'file-too-large',
        file,
        message: 'phrase list is too large (limit 2 MB)',
      });
      continue;
    }
    const yaml = parseYaml(text, file, { schema: 'failsafe' });
    if (!yaml.ok) {
      problems.push(...yaml.problems);
      continue;
    }
    const { value, positionOf } = yaml.source;
    const where = (path: readonly PropertyKey[]) =>
      positionOf(path.map((k) => (typeof k === 'number' ? k : String(k))));
    const parsed = PhraseListFile.safeParse(value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const path = issue.path.map((k) => (typeof k === 'symbol' ? String(k) : k));
        problems.push({
          code: 'phrase-list-invalid',
          file,
          ...where(path),
          message: `${path.join('.') || '(top)'}: ${issue.message}`,
          hint: 'see drills/phrase-lists/README.md for the entry format',
        });
      }
      continue;
    }
    const { list, problems: compileProblems } = compilePhraseList(parsed.data);
    for (const p of compileProblems) {
      problems.push({
        code: 'phrase-list-invalid',
        file,
        ...where(p.path),
        message: `${p.path.join('.')}: ${p.message}`,
      });
    }
    if (compileProblems.length === 0) phraseLists.push(list);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, resources: { phraseLists } };
}

/** Adds the reply model (JSON text) to parsed resources; a malformed model is a problem. */
export function withReplyModel(
  parsed: ParseResources,
  source: PhraseListSource | undefined,
): ParseResources {
  if (!parsed.ok || source === undefined) return parsed;
  let value: unknown;
  try {
    value = JSON.parse(source.text);
  } catch (error) {
    value = (error as Error).message;
  }
  const problem = replyModelProblem(value);
  if (problem) {
    return {
      ok: false,
      problems: [
        {
          code: 'reply-model-invalid',
          file: source.file,
          message: problem,
          hint: 'rebuild it with `npm run train-model`',
        },
      ],
    };
  }
  return { ok: true, resources: { ...parsed.resources, replyModel: value as ReplyModel } };
}

import { join } from 'node:path';
import { loadJudgeResources } from '../../src/judge/load-resources.js';
import { detectPhrases } from '../../src/judge/phrases/index.js';

export const root = join(import.meta.dirname, '..', '..');
export const resources = loadJudgeResources(join(root, 'drills'));
export const detect = (text: string) => detectPhrases(text, resources.phraseLists);
export const flagged = (text: string) =>
  detect(text).map((h) => text.slice(h.span.start, h.span.end));

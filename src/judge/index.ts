/**
 * The free-text judges. `createJudge(resources)` scores ask, paraphrase and rewrite items;
 * `detectPhrases(text, resources.phraseLists)` finds forbidden phrases with spans.
 * Resources come from `parsePhraseLists` (pure) or `loadJudgeResources` (reads drills/).
 */
export { createJudge } from './free-text.js';
export { copiedShare } from './paraphrase/copy.js';
export { checkQuestion, feelingCheck } from './paraphrase/restate.js';
export { detectPhrases, type PhraseList } from './phrases/index.js';
export {
  type JudgeResources,
  type ParseResources,
  type PhraseListSource,
  parsePhraseLists,
} from './resources.js';
export type { CriterionResult, FreeTextJudge, Judgement, PhraseHit, Verdict } from './types.js';
export { PARTIAL_RATIO, PASS_RATIO, verdictOf } from './verdict.js';

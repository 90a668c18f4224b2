export { compilePhraseList, type PhraseList } from './compile.js';
export { detectFolded, detectPhrases } from './detect.js';
export { foldForPhrases } from './phrase-patterns.js';
export {
  PHRASE_CATEGORIES,
  type PhraseCategory,
  PhraseListFile,
  SPEECH_ACTS,
  type SpeechAct,
} from './schema.js';

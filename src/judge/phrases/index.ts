export { compilePhraseList, type PhraseList } from './compile.js';
export { detectFolded, detectPhrases } from './detect.js';
export { foldForPhrases } from './match.js';
export {
  PHRASE_CATEGORIES,
  type PhraseCategory,
  PhraseListFile,
  SPEECH_ACTS,
  type SpeechAct,
} from './schema.js';

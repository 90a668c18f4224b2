import { normalise } from '../text/index.js';
import { keptReadings } from '../text/kept.js';

/** A run of a Chinese text between clause marks, as the agent's-own-voice readings read it. */
export interface ZhClause {
  /** The run as written, trimmed ('' for a run of spaces). */
  readonly said: string;
  /** `said` normalised. */
  readonly simple: string;
  /** Where the run starts in the text. */
  readonly at: number;
  /** The clause before it in the same sentence, normalised ('' at a sentence start). */
  readonly before: string;
}

/** Where a Chinese clause ends. */
const ZH_CLAUSE = /[^，。；！？,;!?]+/g;
/** Where a sentence ends. */
const SENTENCE_END = /[。！？!?]/;

/**
 * The clauses of a Chinese answer, each normalised: zh-conceded, zh-deflection and zh-own-excuse
 * all read them, so an answer's are split and normalised once (kept, bounded like clausesOf),
 * shared and never changed.
 */
export const zhClauseList: (text: string) => readonly ZhClause[] = keptReadings(512, (text) => {
  zhClauseReads++;
  const out: ZhClause[] = [];
  let before = '';
  for (const m of text.matchAll(ZH_CLAUSE)) {
    const said = m[0].trim();
    const simple = normalise(said).text;
    out.push({ said, simple, at: m.index, before });
    const end = text[m.index + m[0].length] ?? '';
    before = SENTENCE_END.test(end) ? '' : simple;
  }
  return out;
});

/** Texts split into Chinese clauses so far: tests count it (once per answer, whatever reads it). */
let zhClauseReads = 0;
export const zhClauseSplits = (): number => zhClauseReads;

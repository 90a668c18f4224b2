import { compilePattern, isWordChar, type Pattern, type Sequence } from './phrase-patterns.js';
import type { PhraseCategory, PhraseListFile, SpeechAct, UnlessRule } from './schema.js';

export interface ContextRule {
  dir: 'before' | 'after';
  patterns: Pattern[];
  within: number;
}

export interface CompiledEntry {
  id: string;
  phrase: string;
  category: PhraseCategory;
  act: SpeechAct;
  suggestion: string;
  patterns: Pattern[];
  /** Grammar sequences (slots of word-class alternatives). */
  sequences: Sequence[];
  position: 'any' | 'clause-start' | 'clause' | 'end' | 'last-sentence';
  requires: ContextRule[];
  unless: ContextRule[];
  /** Counts only when said twice in a row. */
  repeated: boolean;
  /** The words themselves are taboo: a way forward after them does not excuse them. */
  wording: boolean;
  /** Matched on the text with its hedges kept (see PhraseEntry['literal']). */
  literal: boolean;
}

/** A phrase list ready for matching: patterns folded, "@name" references resolved. */
export interface PhraseList {
  lang: PhraseListFile['lang'];
  leading: Pattern[];
  trailing: Pattern[];
  cues: Pattern[];
  cueWithin: number;
  notAfter: Pattern[];
  quoteVerbs: Pattern[];
  /** What opens the speaker's own conclusion after reported words (", so"). */
  ownAfter: Pattern[];
  /** Folded hedging words dropped before matching (already dropped from every pattern). */
  softeners: string[];
  contrast: Pattern[];
  acts: ActCues;
  entries: CompiledEntry[];
}

/** The speech-act judge's cues of one language, compiled (see PhraseListFile['acts']). */
export type ActCues = Record<keyof PhraseListFile['acts'], Pattern[]>;

const CATEGORY_ACT: Record<PhraseCategory, SpeechAct> = {
  blame: 'blame',
  refusal: 'refusal',
  dismissal: 'dismissal',
  'false-reaction': 'false-reaction',
  command: 'order',
  confrontation: 'confrontation',
  'passing-the-buck': 'passing-the-buck',
  'policy-shield': 'policy-shield',
  impatience: 'impatience',
  unprofessional: 'unprofessional',
};

export interface CompileProblem {
  path: (string | number)[];
  message: string;
}

export function compilePhraseList(file: PhraseListFile): {
  list: PhraseList;
  problems: CompileProblem[];
} {
  const problems: CompileProblem[] = [];
  const simplify = file.lang !== 'ja';
  const softeners = file.softeners
    .map((w) => compilePattern(w, 0, simplify).parts.join(' '))
    .filter((w) => w.length > 0);
  const compileOne = (s: string, hedged: boolean): Pattern => {
    // "*ed": a word class by its ending, kept as written (see findSequence).
    if (/^\*\p{L}+$/u.test(s)) return { source: s, parts: [s.toLowerCase()], gap: file.gap };
    const p = compilePattern(s, file.gap, simplify);
    if (softeners.length === 0 || !hedged) return p;
    const parts = p.parts.map((part) => dropSofteners(part, softeners)).filter((x) => x.length > 0);
    return parts.length > 0 ? { ...p, parts } : p;
  };
  const pat = (s: string): Pattern => compileOne(s, true);
  const expand = (items: readonly string[], path: (string | number)[], hedged = true): Pattern[] =>
    items.flatMap((item, i) => {
      if (!item.startsWith('@')) return [compileOne(item, hedged)];
      const named = file.classes[item.slice(1)] ?? file.contexts[item.slice(1)];
      if (!named) {
        problems.push({
          path: [...path, i],
          message: `unknown context list or word class "${item}" (define it under contexts or classes)`,
        });
        return [];
      }
      return named.map((n) => compileOne(n, hedged));
    });
  const rules = (list: readonly UnlessRule[], path: (string | number)[]): ContextRule[] =>
    list.map((r, i) => {
      const before = r.preceded_by !== undefined;
      const items = r.preceded_by ?? r.followed_by ?? [];
      const key = before ? 'preceded_by' : 'followed_by';
      return {
        dir: before ? 'before' : 'after',
        patterns: expand(items, [...path, i, key]),
        within: r.within,
      };
    });

  const seen = new Set<string>();
  const entries = file.entries.map((e, i): CompiledEntry => {
    if (seen.has(e.id))
      problems.push({ path: ['entries', i, 'id'], message: `duplicate entry id "${e.id}"` });
    seen.add(e.id);
    const hedged = e.literal !== true;
    return {
      id: e.id,
      phrase: e.phrase,
      category: e.category,
      act: e.act ?? CATEGORY_ACT[e.category],
      suggestion: e.suggestion,
      patterns: expand(e.patterns, ['entries', i, 'patterns'], hedged),
      sequences: e.sequences.map((slots, j) => {
        if (expand([slots[0] ?? ''], []).some((p) => p.parts[0]?.startsWith('*')))
          problems.push({
            path: ['entries', i, 'sequences', j, 0],
            message: 'a word ending ("*ed") cannot open a sequence: put a literal slot first',
          });
        return {
          source: slots.join(' + '),
          slots: slots.map((slot, k) =>
            expand([slot], ['entries', i, 'sequences', j, k], hedged).map((p) => p.parts.join(' ')),
          ),
          gap: e.gap ?? file.gap,
          notBetween: expand(e.not_between, ['entries', i, 'not_between']).map((p) =>
            p.parts.join(' '),
          ),
        };
      }),
      position: e.position,
      requires: rules(e.requires, ['entries', i, 'requires']),
      unless: rules(e.unless, ['entries', i, 'unless']),
      repeated: e.repeated === true,
      wording: e.wording === true,
      literal: !hedged,
    };
  });
  const list: PhraseList = {
    lang: file.lang,
    leading: file.fillers.leading.map(pat),
    trailing: file.fillers.trailing.map(pat),
    cues: file.reporting.cues.map(pat),
    cueWithin: file.reporting.within,
    notAfter: file.reporting.not_after.map(pat),
    quoteVerbs: file.reporting.quote_verbs.map(pat),
    ownAfter: file.reporting.own_after.map(pat),
    softeners,
    contrast: file.contrast.map(pat),
    acts: Object.fromEntries(
      Object.entries(file.acts).map(([k, v]) => [k, expand(v, ['acts', k])]),
    ) as ActCues,
    entries,
  };
  return { list, problems };
}

/** `text` (folded, space-separated words) without the given words; spaces kept single. */
export function dropSofteners(text: string, softeners: readonly string[]): string {
  if (softeners.length === 0) return text;
  let out = text;
  for (const w of softeners) if (!isWordChar(w[0])) out = out.split(w).join('');
  return out
    .split(' ')
    .filter((w) => !softeners.includes(w))
    .join(' ');
}

import { compilePattern, type Pattern } from './match.js';
import type { PhraseCategory, PhraseListFile, UnlessRule } from './schema.js';

export interface ContextRule {
  dir: 'before' | 'after';
  patterns: Pattern[];
  within: number;
}

export interface CompiledEntry {
  id: string;
  phrase: string;
  category: PhraseCategory;
  suggestion: string;
  patterns: Pattern[];
  position: 'any' | 'clause-start' | 'clause' | 'end';
  requires: ContextRule[];
  unless: ContextRule[];
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
  entries: CompiledEntry[];
}

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
  const pat = (s: string) => compilePattern(s, file.gap, simplify);
  const expand = (items: readonly string[], path: (string | number)[]): Pattern[] =>
    items.flatMap((item, i) => {
      if (!item.startsWith('@')) return [pat(item)];
      const named = file.contexts[item.slice(1)];
      if (!named) {
        problems.push({
          path: [...path, i],
          message: `unknown context list "${item}" (define it under contexts)`,
        });
        return [];
      }
      return named.map(pat);
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
    return {
      id: e.id,
      phrase: e.phrase,
      category: e.category,
      suggestion: e.suggestion,
      patterns: e.patterns.map(pat),
      position: e.position,
      requires: rules(e.requires, ['entries', i, 'requires']),
      unless: rules(e.unless, ['entries', i, 'unless']),
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
    entries,
  };
  return { list, problems };
}

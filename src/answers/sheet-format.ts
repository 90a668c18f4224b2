import type { Item } from '../drills/schema.js';
import { goodPath } from '../roleplay/graph.js';

/** Version of the answer-sheet format; bump when a sheet would mean something else. */
export const SHEET_FORMAT = 1;

/** Top-level keys of a sheet. `help` carries the prompts in JSON sheets (JSON has no comments). */
export const SHEET_KEYS = ['sheet', 'set', 'lang', 'hash', 'name', 'answers', 'help'] as const;

/** The empty answer slot a template writes for an item: the shape the trainee fills in. */
export function emptySlot(item: Item): null | string | null[] | string[] | [] {
  switch (item.kind) {
    case 'choice':
      return null;
    case 'multi':
    case 'order':
      return [];
    case 'classify':
    case 'scale':
      return item.statements.map(() => null);
    case 'ask':
    case 'paraphrase':
    case 'rewrite':
      return '';
    case 'roleplay':
      return goodPath(item).map(() => '');
  }
}

/**
 * An untouched slot: nothing, an empty text, an empty list or a list of nothing.
 * It scores zero and is reported as missing, not as a mistake.
 */
export function isEmptySlot(raw: unknown): boolean {
  if (raw === null || raw === undefined) return true;
  if (typeof raw === 'string') return raw.trim() === '';
  if (Array.isArray(raw))
    return raw.every((v) => v === null || (typeof v === 'string' && v.trim() === ''));
  return false;
}

import { EVENT_SENSES } from './en-event-senses.js';
import { KIND_PAIRS, KIND_WORDS } from './en-kinds-data.js';
import { IRREGULAR_FORMS, SENSES, WORDS } from './en-senses-data.js';
import { keptReadings } from './kept.js';

/**
 * English words that can say the same thing: two words share a sense when WordNet puts them in
 * one synset or derives one from the other ("rang" ~ "called", "vibration" ~ "vibrates",
 * "hourly" ~ "every hour"). The table is generated from WordNet (scripts/synonym-table.mjs) and
 * only split on first use — no map is built, words are found by binary search — so only a
 * judge that compares wordings pays for it, and little.
 */
interface SenseTable {
  /** Every word (or two-word verb, "pick up"), sorted. */
  words: readonly string[];
  /** The groups of the word at the same place, base 36, comma-separated. */
  senses: readonly string[];
  /** An irregular form → its base ("rung" → "ring", "children" → "child"). */
  irregular: ReadonlyMap<string, string>;
  /**
   * A word or two-word verb → its event classes (en-event-senses.ts), as group ids "ev:0"…: the
   * colon keeps them apart from WordNet's base-36 ids.
   */
  events: ReadonlyMap<string, readonly string[]>;
}

const EVENT = 'ev:';

let table: SenseTable | null = null;

/** How many times the table was split: once per process (tests bound the work with it). */
let loads = 0;
export const senseTableLoads = (): number => loads;

function senseTable(): SenseTable {
  if (table) return table;
  loads++;
  const irregular = new Map<string, string>();
  for (const pair of IRREGULAR_FORMS.split('|')) {
    const [form, base] = pair.split('>') as [string, string];
    irregular.set(form, base);
  }
  const events = new Map<string, string[]>();
  EVENT_SENSES.forEach((words, n) => {
    for (const w of words) events.set(w, [...(events.get(w) ?? []), `${EVENT}${n}`]);
  });
  table = { words: WORDS.split('|'), senses: SENSES.split('|'), irregular, events };
  return table;
}

/** The groups of one word as written in the table, or none. */
function groupsOf(word: string, { words, senses }: Pick<SenseTable, 'words' | 'senses'>): string[] {
  let lo = 0;
  let hi = words.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const w = words[mid] as string;
    if (w === word) return (senses[mid] as string).split(',');
    if (w < word) lo = mid + 1;
    else hi = mid - 1;
  }
  return [];
}

/** The base forms a word may be an inflection of (WordNet's rules of detachment), the word first. */
function basesOf(word: string, irregular: ReadonlyMap<string, string>): string[] {
  const out = [word];
  const known = irregular.get(word);
  if (known) out.push(known);
  const strip = (suffix: string, add = '') => {
    if (word.length > suffix.length + 1 && word.endsWith(suffix))
      out.push(word.slice(0, -suffix.length) + add);
  };
  strip('s');
  strip('es');
  strip('ies', 'y');
  strip('ed');
  strip('ed', 'e');
  strip('ied', 'y');
  strip('ing');
  strip('ing', 'e');
  // A doubled consonant before -ed/-ing: "dropped" → "drop", "stopping" → "stop".
  const doubled = /^(.*([b-df-hj-np-tv-z]))\2(?:ed|ing)$/.exec(word);
  if (doubled) out.push(doubled[1] as string);
  strip('er');
  strip('est');
  return out;
}

/** The sense groups of a word or two-word verb, through any of its base forms. */
export const sensesOf: (word: string) => ReadonlySet<string> = keptReadings(5000, (word) => {
  const t = senseTable();
  const words = word.split(' ');
  const last = words.pop() as string;
  const first = words.join(' ');
  const out = new Set<string>();
  // Only the verb of "picked up" inflects: its particle stays as it is.
  const forms = first
    ? basesOf(first, t.irregular).map((b) => `${b} ${last}`)
    : basesOf(last, t.irregular);
  for (const form of forms)
    for (const id of [...groupsOf(form, t), ...(t.events.get(form) ?? [])]) out.add(id);
  return out;
});

/** Whether a word or two-word verb names one of the events of en-event-senses.ts. */
export function namesEvent(word: string): boolean {
  for (const id of sensesOf(word)) if (id.startsWith(EVENT)) return true;
  return false;
}

/** Whether two words share a sense (the same word always does). */
export function sameSense(a: string, b: string): boolean {
  if (a === b) return true;
  const senses = sensesOf(a);
  if (senses.size === 0) return false;
  for (const id of sensesOf(b)) if (senses.has(id)) return true;
  return false;
}

/**
 * Whether two words may be forms of one word, irregular forms included ("gave" ~ "given",
 * "cancelled" ~ "cancel"): one of the base forms each may be an inflection of is shared.
 */
export function sameLemma(a: string, b: string): boolean {
  if (a === b) return true;
  const { irregular } = senseTable();
  const theirs = new Set(basesOf(b, irregular));
  return basesOf(a, irregular).some((base) => theirs.has(base));
}

/** The base of an irregular form ("given" → "give", "told" → "tell"), or undefined. */
export function irregularBase(word: string): string | undefined {
  return senseTable().irregular.get(word);
}

let kinds: Pick<SenseTable, 'words' | 'senses'> | null = null;

/**
 * Whether one verb is a kind of the other, one WordNet step ("budge" of "move", "unlock" of
 * "open", "slip" of "escape"), through any of their base forms. Too wide to say the same fact
 * anywhere: content.ts reads it only in a clause that retells the customer's own.
 */
export function sameKind(a: string, b: string): boolean {
  kinds ??= { words: KIND_WORDS.split('|'), senses: KIND_PAIRS.split('|') };
  const { irregular } = senseTable();
  const of = (word: string) =>
    new Set(basesOf(word, irregular).flatMap((w) => groupsOf(w, kinds as SenseTable)));
  const theirs = of(b);
  if (theirs.size === 0) return false;
  for (const id of of(a)) if (theirs.has(id)) return true;
  return false;
}

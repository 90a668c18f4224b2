import type { MultiPick } from '../judge/types.js';
import { RECORD_SCHEMA, type SessionRecord } from '../session/record.js';

export type RecordParse =
  | { ok: true; record: SessionRecord }
  | { ok: false; reason: 'damaged' | 'newer-schema'; message: string };

/** One history line. Older schemas are migrated in memory here; newer ones are refused, not misread. */
export function parseRecordLine(line: string): RecordParse {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { ok: false, reason: 'damaged', message: 'not valid JSON (a write was cut short?)' };
  }
  if (!isObject(value) || typeof value.schema !== 'number') {
    return { ok: false, reason: 'damaged', message: 'not a session record' };
  }
  if (value.schema > RECORD_SCHEMA) {
    return {
      ok: false,
      reason: 'newer-schema',
      message: `written by a newer cs-drill (record schema ${value.schema}; this version reads up to ${RECORD_SCHEMA})`,
    };
  }
  // Every reader (history, show, stats, export, review) trusts a record's shape: a line edited
  // by hand or damaged inside a value is refused here, naming the first field that is wrong.
  const wrong = wrongField(value, RECORD_FIELDS);
  if (wrong !== undefined) {
    return { ok: false, reason: 'damaged', message: `record has no valid "${wrong}"` };
  }
  if (value.schema < 2) fromSchema1(value as unknown as SessionRecord);
  return { ok: true, record: value as unknown as SessionRecord };
}

const MULTI_PICKS: readonly string[] = ['picked', 'wrong-pick', 'missed', 'left'];

/**
 * Schema 1 kept what a choice, multi, order or classify criterion found in a `detail` string
 * ("position:2:correct:1", "calm:angry"); schema 2 keeps it in fields. Free-text and role-play
 * details (a judge's cue) are kept as they are.
 */
function fromSchema1(record: SessionRecord): void {
  record.schema = RECORD_SCHEMA;
  for (const item of record.items) {
    for (const c of item.criteria) {
      const detail = c.detail;
      if (detail === undefined) continue;
      if (item.kind === 'choice') c.chosen = detail;
      else if (item.kind === 'multi' && MULTI_PICKS.includes(detail)) c.pick = detail as MultiPick;
      else if (item.kind === 'order') {
        const [, at, , belongs] = detail.split(':');
        c.place = { at: Number(at), belongs: Number(belongs) };
      } else if (item.kind === 'classify') {
        const [chosen = '', right = ''] = detail.split(':');
        Object.assign(c, { chosen, right });
      } else continue;
      delete c.detail;
    }
  }
}

type Check = (v: unknown) => string | undefined;
/** Field checks, as a list made once: reading 100k records runs them millions of times. */
type Fields = readonly (readonly [string, Check])[];
const fieldsOf = (spec: Record<string, Check>): Fields => Object.entries(spec);

const ok = (good: boolean) => (good ? undefined : '');
const text: Check = (v) => ok(typeof v === 'string');
const num: Check = (v) => ok(typeof v === 'number' && Number.isFinite(v));
const bool: Check = (v) => ok(typeof v === 'boolean');
const oneOf =
  (...values: string[]): Check =>
  (v) =>
    ok(typeof v === 'string' && values.includes(v));
const optional =
  (check: Check): Check =>
  (v) =>
    v === undefined ? undefined : check(v);
const listOf =
  (check: Check): Check =>
  (v) => {
    if (!Array.isArray(v)) return '';
    for (let i = 0; i < v.length; i++) {
      const w = check(v[i]);
      if (w !== undefined) return `[${i}]${w ? (w.startsWith('[') ? w : `.${w}`) : ''}`;
    }
    return undefined;
  };
const shape = (spec: Record<string, Check>): Check => {
  const fields = fieldsOf(spec);
  return (v) => (isObject(v) ? wrongField(v, fields) : '');
};
/** A time cs-drill can compute with (schedules add days to it): a parseable date before year 10000. */
const MAX_TIME = Date.UTC(9999, 11, 31, 23, 59, 59);
const time: Check = (v) => {
  if (typeof v !== 'string') return '';
  const t = Date.parse(v);
  return ok(Number.isFinite(t) && t <= MAX_TIME);
};
const answer: Check = (v) =>
  ok(
    v === null ||
      typeof v === 'string' ||
      (Array.isArray(v) && v.every((x) => typeof x === 'string' || Number.isFinite(x))),
  );
const span = shape({ start: num, end: num });
const skillTotal = shape({ score: num, max: num });

const ITEM_FIELDS: Record<string, Check> = {
  id: text,
  kind: text,
  skill: text,
  answer,
  score: num,
  max: num,
  verdict: oneOf('pass', 'partial', 'fail'),
  criteria: listOf(
    shape({
      id: text,
      label: optional(text),
      builtin: optional(text),
      met: bool,
      status: optional(oneOf('met', 'missed', 'contradicted')),
      weight: num,
      span: optional(span),
      detail: optional(text),
      chosen: optional(text),
      right: optional(text),
      place: optional(shape({ at: num, belongs: num })),
      pick: optional(oneOf('picked', 'wrong-pick', 'missed', 'left')),
      said: optional(text),
      expected: optional(text),
    }),
  ),
  forbidden: optional(listOf(shape({ phrase: text, category: text, span, suggestion: text }))),
  needsReview: optional(bool),
  scale: optional(shape({ total: num, band: text, message: text })),
  durationMs: num,
  regrade: optional(shape({ autoScore: num, score: num, note: text, at: text, by: text })),
  roleplay: optional(
    shape({
      turns: listOf(
        shape({
          turn: text,
          reply: text,
          score: num,
          max: num,
          verdict: oneOf('pass', 'partial', 'fail'),
          next: text,
        }),
      ),
      scorecard: (v) => {
        if (!isObject(v)) return '';
        for (const k in v) if (Object.hasOwn(v, k) && skillTotal(v[k]) !== undefined) return k;
        return undefined;
      },
    }),
  ),
};

const RECORD_FIELDS = fieldsOf({
  id: text,
  user: text,
  setId: text,
  setHash: text,
  setTitle: text,
  lang: text,
  mode: oneOf('interactive', 'batch', 'review'),
  status: oneOf('completed', 'aborted'),
  startedAt: time,
  endedAt: time,
  plan: listOf(text),
  items: listOf(shape(ITEM_FIELDS)),
  score: num,
  max: num,
  passMark: num,
  passed: bool,
  skills: (v) => {
    if (!isObject(v)) return '';
    for (const k in v) if (Object.hasOwn(v, k) && skillTotal(v[k]) !== undefined) return k;
    return undefined;
  },
  resumes: optional(text),
});

/** The path (within `value`) of the first field that fails its check. */
function wrongField(value: Record<string, unknown>, fields: Fields): string | undefined {
  for (const [key, check] of fields) {
    const wrong = check(Object.hasOwn(value, key) ? value[key] : undefined);
    if (wrong !== undefined)
      return wrong === '' ? key : `${key}${wrong.startsWith('[') ? '' : '.'}${wrong}`;
  }
  return undefined;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

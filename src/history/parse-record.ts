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
    return { ok: false, reason: 'newer-schema', message: `written by a newer cs-drill (record schema ${value.schema}; this version reads up to ${RECORD_SCHEMA})` };
  }
  const fields: [string, string][] = [
    ['id', 'string'],
    ['user', 'string'],
    ['setId', 'string'],
    ['startedAt', 'string'],
    ['endedAt', 'string'],
    ['score', 'number'],
    ['max', 'number'],
  ];
  const wrong = fields.find(([k, t]) => typeof value[k] !== t);
  if (wrong || !Array.isArray(value.items)) {
    return { ok: false, reason: 'damaged', message: `record has no valid "${wrong ? wrong[0] : 'items'}"` };
  }
  return { ok: true, record: value as unknown as SessionRecord };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

import type { Item } from '../drills/schema.js';

/**
 * A trainee's answer, in the shape its item kind needs:
 * choice → option key; multi → keys; order → step keys in the trainee's order;
 * classify → one category key per statement; ask/paraphrase/rewrite → text; scale → one rating per statement;
 * roleplay → the agent's replies in the order they were given.
 */
export type Answer = string | string[] | number[];

export type AnswerCheck = { ok: true; answer: Answer } | { ok: false; message: string };

/** Checks a raw answer (from a prompt, a sheet or history) against its item; never throws. */
export function checkAnswerShape(item: Item, raw: unknown): AnswerCheck {
  switch (item.kind) {
    case 'choice': {
      const key = scalarKey(raw);
      if (key === undefined) return fail(`expected one option key (${keys(item.options)})`);
      if (!item.options.some((o) => o.key === key))
        return fail(`"${key}" is not an option (${keys(item.options)})`);
      return { ok: true, answer: key };
    }
    case 'multi':
    case 'order': {
      const list = item.kind === 'multi' ? item.options : item.steps;
      if (!Array.isArray(raw)) return fail(`expected a list of keys (${keys(list)})`);
      const picked = raw.map(scalarKey);
      const bad = picked.find((k) => k === undefined || !list.some((o) => o.key === k));
      if (bad !== undefined || picked.includes(undefined))
        return fail(`"${String(bad)}" is not one of ${keys(list)}`);
      if (new Set(picked).size !== picked.length) return fail('a key is listed twice');
      if (item.kind === 'order' && picked.length !== list.length)
        return fail(`expected all ${list.length} steps in order`);
      return { ok: true, answer: picked as string[] };
    }
    case 'classify': {
      if (!Array.isArray(raw) || raw.length !== item.statements.length) {
        return fail(
          `expected a list of ${item.statements.length} category keys, one per statement (${keys(item.categories)})`,
        );
      }
      const cats = raw.map(scalarKey);
      const bad = cats.find((k) => k === undefined || !item.categories.some((c) => c.key === k));
      if (bad !== undefined || cats.includes(undefined))
        return fail(`"${String(bad)}" is not a category (${keys(item.categories)})`);
      return { ok: true, answer: cats as string[] };
    }
    case 'ask':
    case 'paraphrase':
    case 'rewrite':
      if (typeof raw !== 'string') return fail('expected text');
      return { ok: true, answer: raw };
    case 'roleplay': {
      if (!Array.isArray(raw) || raw.length === 0)
        return fail('expected a list of replies, one per turn of the conversation');
      const replies = raw.map((r) =>
        typeof r === 'string'
          ? r.trim()
          : typeof r === 'number' || typeof r === 'boolean'
            ? String(r)
            : null,
      );
      if (replies.includes(null)) return fail('every reply must be text');
      // Replies left empty at the end of a sheet are turns not reached, not empty answers.
      while (replies.at(-1) === '') replies.pop();
      return { ok: true, answer: replies as string[] };
    }
    case 'scale': {
      const { min, max } = item.scale;
      if (!Array.isArray(raw) || raw.length !== item.statements.length) {
        return fail(`expected ${item.statements.length} ratings from ${min} to ${max}`);
      }
      const ratings = raw.map((r) => (typeof r === 'string' && r.trim() !== '' ? Number(r) : r));
      if (
        !ratings.every((r) => typeof r === 'number' && Number.isInteger(r) && r >= min && r <= max)
      ) {
        return fail(`every rating must be a whole number from ${min} to ${max}`);
      }
      return { ok: true, answer: ratings as number[] };
    }
  }
}

function scalarKey(v: unknown): string | undefined {
  if (typeof v === 'string' && v.trim() !== '') return v.trim();
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

function keys(list: { key: string }[]): string {
  return list.map((o) => o.key).join(', ');
}

function fail(message: string): AnswerCheck {
  return { ok: false, message };
}

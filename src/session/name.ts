/**
 * Names go into the history, reports and exports, where `Bo`, `Ｂｏ` and `Bo` + U+200B would
 * print alike and yet be three trainees. One spelling per person: NFKC, trimmed, inner spaces
 * single; characters nobody can see or type on purpose (controls, format characters such as
 * zero-width spaces and bidi overrides, line separators) are refused rather than dropped.
 */
export type NameCheck =
  | { ok: true; name: string }
  | { ok: false; message: string; hint: string; shown: string };

export const MAX_NAME_LENGTH = 64;
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

export function normaliseName(raw: string): NameCheck {
  const trimmed = raw.normalize('NFKC').trim();
  const shown = [...raw.trim()]
    .map((c) =>
      INVISIBLE.test(c)
        ? `<U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`
        : c,
    )
    .join('');
  const hint = `use 1 to ${MAX_NAME_LENGTH} printable characters`;
  if (trimmed === '') return { ok: false, message: 'the name is empty', hint, shown };
  const bad = INVISIBLE.exec(trimmed);
  if (bad)
    return {
      ok: false,
      message: `the name holds an invisible or control character (U+${bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`,
      hint: 'type the name again without it',
      shown,
    };
  const name = trimmed.replace(/\s+/g, ' ');
  if ([...name].length > MAX_NAME_LENGTH)
    return {
      ok: false,
      message: `the name is longer than ${MAX_NAME_LENGTH} characters`,
      hint,
      shown,
    };
  return { ok: true, name };
}

/**
 * Who a name stands for, for matching (--user, the gradebook): "bo chen", " Bo  Chen" and
 * "Bo Chen" are one trainee. Names are shown as written; only comparisons use the key.
 */
export function userKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
}

/** Whether `name` is the trainee `wanted` (see userKey). */
export function sameUser(name: string, wanted: string): boolean {
  return name === wanted || userKey(name) === userKey(wanted);
}

// The bundled drills as the trainee reads them: options are shuffled and shown without letters,
// so an explanation may not point at "(b)"; and no text is quoted twice on screen.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDrillSet } from '../../src/drills/parse-set.js';
import type { Item } from '../../src/drills/schema.js';
import { unquoted } from '../../src/render/item-text.js';
import { ROOT } from '../helpers/paths.js';

const files = readdirSync(join(ROOT, 'drills'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'phrase-lists')
  .flatMap((d) =>
    readdirSync(join(ROOT, 'drills', d.name))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => join('drills', d.name, f)),
  );

const items = files.flatMap((file) => {
  const parsed = parseDrillSet(readFileSync(join(ROOT, file), 'utf8'), file);
  if (!parsed.ok) throw new Error(`${file} does not load`);
  return parsed.loaded.set.items.map((item) => ({ file, item }));
});

/** Letters an explanation uses to point at options: "(b)", "（b）", or a lone "b" in Chinese text. */
function letterReferences(explanation: string, keys: readonly string[]): string[] {
  const found = [...explanation.matchAll(/[(（]([a-h])[)）]/g)].map((m) => m[0]);
  for (const m of explanation.matchAll(/(?<![A-Za-z0-9(（-])([a-h])(?![A-Za-z0-9)）-])/g)) {
    const around = explanation.slice(Math.max(0, m.index - 2), m.index + 3);
    if (keys.includes(m[1]!) && /[\u4e00-\u9fff、]/.test(around)) found.push(m[0]);
  }
  return found;
}

/** Every text the screens put inside their own quotation marks. */
function quotedOnScreen(item: Item): string[] {
  switch (item.kind) {
    case 'classify':
      return item.statements.map((s) => s.text);
    case 'paraphrase':
      return [item.customer];
    case 'rewrite':
      return [item.original];
    default:
      return [];
  }
}

describe('bundled drill content', () => {
  it('finds the bundled sets', () => {
    expect(files.length).toBeGreaterThanOrEqual(18);
  });

  it('the check itself catches a letter reference, in English and Chinese', () => {
    expect(letterReferences('(b) is right; (a) and (d) are not.', ['a', 'b', 'd'])).toHaveLength(3);
    expect(letterReferences('所以 d 不对；（b）对。', ['b', 'd'])).toEqual(['（b）', 'd']);
    expect(letterReferences('Ask a question about the Wi-Fi.', ['a'])).toEqual([]);
  });

  it('no explanation names an option by a letter the quiz never shows', () => {
    const found = items.flatMap(({ file, item }) => {
      if (item.kind !== 'choice' && item.kind !== 'multi') return [];
      const refs = letterReferences(
        item.explanation,
        item.options.map((o) => o.key),
      );
      return refs.length ? [`${file} ${item.id}: ${refs.join(' ')}`] : [];
    });
    expect(found).toEqual([]);
  });

  it('no text is quoted twice on screen, and no text holds doubled quotation marks', () => {
    const doubled = /““|””|「「|」」/;
    const found = items.flatMap(({ file, item }) => [
      ...quotedOnScreen(item)
        .map((t) => `“${unquoted(t)}”`)
        .filter((t) => doubled.test(t))
        .map((t) => `${file} ${item.id}: ${t}`),
      ...(doubled.test(JSON.stringify(item)) ? [`${file} ${item.id}: doubled marks`] : []),
    ]);
    expect(found).toEqual([]);
  });
});

describe('bundled phrase lists', () => {
  it('write Chinese suggestions with full-width punctuation, as every view shows them', () => {
    const text = readFileSync(join(ROOT, 'drills/phrase-lists/forbidden.zh-Hans.yaml'), 'utf8');
    const suggestions = text
      .split('\n')
      .map((line) => /^\s*suggestion:\s*(.*)$/.exec(line)?.[1])
      .filter((s): s is string => s !== undefined);
    expect(suggestions.length).toBeGreaterThan(50);
    const ascii = suggestions.filter((s) =>
      /\p{Script=Han}\s*[,;:?!()]|[,;:?!(]\s*\p{Script=Han}/u.test(s),
    );
    expect(ascii).toEqual([]);
  });
});
